package com.nnplayground.playground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.nnplayground.dataset.Preset;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Loss;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.ExperimentJson;
import com.nnplayground.experiment.ui.ExperimentFilePanel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

/** Saving the page as an experiment file and opening it again gives the same experiment and the same run. */
class ExperimentFileTest extends PlaygroundTestBase {

    @SuppressWarnings("unchecked")
    private Select<Preset> preset() {
        return LocatorJ._get(view, Select.class, spec -> spec.withId("dataset-preset"));
    }

    @Test
    void a_saved_experiment_opens_to_the_same_data_settings_and_run() {
        preset().setValue(Preset.CLUSTERS);
        learningRate().setValue("0.02");
        seed().setValue("42");
        trainAndWait();
        double finalLoss = view.chart.finalLoss().orElseThrow();
        String saved = ExperimentJson.write(view.editor.current());

        preset().setValue(Preset.XOR_SEED);
        assertThat(outputActivation().getValue()).isEqualTo(Activation.SIGMOID);
        LocatorJ._get(view, ExperimentFilePanel.class).openText(saved);

        assertThat(view.editor.current().dataset().size()).isEqualTo(200);
        assertThat(outputActivation().getValue()).isEqualTo(Activation.SOFTMAX);
        assertThat(loss().getValue()).isEqualTo(Loss.CROSS_ENTROPY);
        assertThat(learningRate().getValue()).isEqualTo("0.02");
        assertThat(seed().getValue()).isEqualTo("42");
        trainAndWait();
        assertThat(view.chart.finalLoss().orElseThrow()).as("same file, same run, bit for bit").isEqualTo(finalLoss);
    }

    @Test
    void a_broken_file_is_explained_and_changes_nothing() {
        Experiment before = view.editor.current();
        LocatorJ._get(view, ExperimentFilePanel.class).openText("{\"dataset\": {\"columns\": [\"a\", \"y\"], \"rows\": [[1, 0]]}, \"network\": {\"output\": \"softmaxx\"}}");
        assertThat(byId(Div.class, "experiment-problem").getText()).startsWith("This experiment cannot be opened: network.output: Unknown");
        assertThat(ExperimentJson.write(view.editor.current())).isEqualTo(ExperimentJson.write(before));
        train();
        await(() -> view.controls.train.isEnabled());
        assertThat(summary().getText()).contains("accuracy 100.0 % (4 of 4)");
    }
}

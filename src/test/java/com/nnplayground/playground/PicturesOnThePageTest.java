package com.nnplayground.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nnplayground.engine.Training;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.pictures.PictureFrame;
import com.nnplayground.pictures.ui.OutputMap;
import com.nnplayground.numbers.ui.NumberInput;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.Test;

/** The pictures on the page follow its experiment before Train and its run after. */
class PicturesOnThePageTest extends PlaygroundTestBase {

    private OutputMap map() {
        return byId(OutputMap.class, "output-map");
    }

    @Test
    void the_seed_experiment_is_drawn_before_training_and_its_final_network_after() {
        MockVaadin.clientRoundtrip(false);
        assertThat(map().points().count()).isEqualTo(4);
        float[] before = view.pictures.diagram().frame().weights();

        trainAndWait();

        Training engine = PreparedExperiment.of(Experiment.seedArticle()).newTraining();
        engine.run(1500, (i, loss) -> { }, () -> false);
        float[] expected = PictureFrame.of(view.pictures.diagram().scene(), engine.network()).weights();
        assertThat(view.pictures.diagram().frame().weights()).containsExactly(expected).isNotEqualTo(before);
        assertThat(map().getElement().getProperty("status")).isEqualTo("After 1,500 iterations (completed)");
    }

    @Test
    void a_new_hidden_layer_size_redraws_the_network_before_training() {
        LocatorJ._find(hiddenLayers(), NumberInput.class).get(0).setValue("6");
        MockVaadin.clientRoundtrip(false);

        assertThat(view.pictures.diagram().scene().layout().shape()).isEqualTo("3-6-1");
    }

    @Test
    void the_row_chosen_in_the_maths_panel_is_the_row_whose_activations_the_diagram_shows() {
        MockVaadin.clientRoundtrip(false);
        float[] first = view.pictures.diagram().activations();

        byId(NumberInput.class, "equations-row").setValue("3");

        PreparedExperiment seed = PreparedExperiment.of(Experiment.seedArticle());
        float[] expected = PictureFrame.activations(view.pictures.diagram().scene(), seed.start(), seed.data().x()[2]);
        assertThat(view.pictures.diagram().activations()).containsExactly(expected).isNotEqualTo(first);
        assertThat(view.pictures.diagram().getElement().getProperty("rowLabel")).isEqualTo("row 3");
        assertThat(map().getElement().getProperty("row", -1)).isEqualTo(2);
    }

    @Test
    void tapping_a_point_on_the_map_chooses_its_row_in_the_maths_panel_and_the_diagram() {
        MockVaadin.clientRoundtrip(false);
        DomEvent tap = new DomEvent(map().getElement(), "row-chosen",
                JacksonUtils.createObjectNode().put("event.detail.row", 3));

        map().getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(tap);

        assertThat(byId(NumberInput.class, "equations-row").getValue()).isEqualTo("4");
        assertThat(map().row()).isEqualTo(3);
        assertThat(view.pictures.diagram().getElement().getProperty("rowLabel")).isEqualTo("row 4");
    }
}

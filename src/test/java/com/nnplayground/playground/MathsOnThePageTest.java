package com.nnplayground.playground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.dataset.TargetScale;
import com.nnplayground.diagnosis.Diagnosis;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.engine.Training;
import com.nnplayground.engine.TrainingConfig;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.ExperimentJson;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.RateChange;
import com.nnplayground.experiment.ui.ExperimentFilePanel;
import com.nnplayground.maths.Tex;
import com.nnplayground.maths.TexLine;
import com.nnplayground.numbers.Numbers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The maths panel, the gradient check and the diagnosis notes on the page, after real runs. */
class MathsOnThePageTest extends PlaygroundTestBase {

    static final double[][] X = {{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1}};
    static final double[][] Y = {{0}, {1}, {1}, {0}};

    /** The seed's run as the engine makes it, off the page. */
    static Network seedAfter1500() {
        Training training = PreparedExperiment.of(Experiment.seedArticle()).newTraining();
        training.run(1500, null, null);
        return training.network();
    }

    String shown() {
        return String.join("\n", equations().lines().stream().map(l -> l.caption() + " " + l.tex()).toList());
    }

    void next() {
        _click(byId(Button.class, "maths-next"));
    }

    @Test
    void after_the_seeds_run_the_panel_walks_one_iteration_with_the_engines_numbers() {
        assertThat(equations().lines()).extracting(TexLine::caption).first().asString().startsWith("Press Train");
        trainAndWait();
        Network end = seedAfter1500();
        double[] prediction = end.predict(X[0]);

        assertThat(byId(Paragraph.class, "maths-iteration").getText()).contains("After the last of 1,500 iterations");
        assertThat(shown()).contains("a^{(0)} = x = \\begin{array}{ccc}\\text{x1} & \\text{x2} & \\text{x3} \\\\ 0 & 0 & 1",
                "z^{(1)} = a^{(0)} W^{(1)} = ", "a^{(2)} = \\sigma\\left(z^{(2)}\\right) = \\begin{bmatrix}"
                        + Tex.num(prediction[0]) + "\\end{bmatrix}");

        next();
        assertThat(shown()).contains("L = " + Tex.precise(end.backward(X, Y, Loss.SSE).loss()));
        next();
        assertThat(shown()).contains("\\delta^{(2)} = 2\\left(\\hat{y} - y\\right) \\odot \\sigma'",
                "\\frac{\\partial L}{\\partial W^{(2)}_{1,1}} = " + Tex.precise(end.backward(X, Y, Loss.SSE).gradW(2)[0][0]));
        next();
        Training oneMore = new Training(end, X, Y, new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 1, 1, 0, 0, 0));
        oneMore.run(1, null, null);
        assertThat(shown()).contains("W^{(2)}_{1,1} \\leftarrow " + Tex.precise(end.weights()[1][0][0]) + " - 1 \\cdot ",
                " = " + Tex.precise(oneMore.network().weights()[1][0][0]));
        next();
        assertThat(shown()).contains("a^{(0)} = x");
    }

    @Test
    void another_row_and_another_weight_change_the_numbers() {
        trainAndWait();
        Network end = seedAfter1500();

        numberField("equations-row").setValue("2");
        assertThat(shown()).contains("Data row 2", "\\\\ 0 & 1 & 1\\end{array}",
                "\\begin{bmatrix}" + Tex.num(end.predict(X[1])[0]) + "\\end{bmatrix}");

        select("maths-weight-layer").setValue(1);
        select("maths-weight-from").setValue(1);
        select("maths-weight-to").setValue(2);
        next();
        next();
        next();
        assertThat(shown()).contains("W^{(1)}_{2,3} \\leftarrow " + Tex.precise(end.weights()[0][1][2]),
                "from x2 to neuron 3 of hidden layer 1");
    }

    @Test
    void a_scaled_targets_prediction_and_target_are_said_in_the_targets_units_under_the_forward_pass() {
        preset().setValue(Preset.DIABETES);
        @SuppressWarnings("unchecked")
        Select<Scaling> targetScaling = byId(Select.class, "target-scaling");
        targetScaling.setValue(Scaling.STANDARDISE);
        PreparedExperiment diabetes = PreparedExperiment.of(view.editor.current());
        TargetScale scale = diabetes.data().targetScale();

        view.equations.show(diabetes, diabetes.start());

        double predicted = scale.toTarget(diabetes.start().predict(diabetes.data().x()[0])[0]);
        double target = scale.toTarget(diabetes.data().y()[0][0]);
        assertThat(equations().lines()).last().extracting(TexLine::caption).isEqualTo("The target is scaled for the"
                + " network; in the target's units the prediction is " + Numbers.format(predicted) + " and the target "
                + Numbers.format(target) + ".");
        numberField("equations-row").setValue("2");
        assertThat(equations().lines()).last().extracting(TexLine::caption).asString()
                .endsWith("the target " + Numbers.format(scale.toTarget(diabetes.data().y()[1][0])) + ".");
        next();
        assertThat(shown()).doesNotContain("in the target's units");
    }

    @Test
    void the_gradient_check_shows_relative_errors_under_one_in_a_million() {
        trainAndWait();
        List<Span> errors = LocatorJ._find(byId(com.vaadin.flow.component.html.Div.class, "gradient-check"), Span.class)
                .stream().filter(s -> s.getElement().hasAttribute("data-relative-error")).toList();

        assertThat(errors).hasSize(6);
        for (Span error : errors) {
            assertThat(Double.parseDouble(error.getElement().getAttribute("data-relative-error"))).isLessThan(1e-6);
        }
        assertThat(byId(com.vaadin.flow.component.html.Div.class, "gradient-check").getElement().getText())
                .isEmpty();
    }

    @Test
    void a_run_that_learns_has_no_diagnosis_and_a_diverging_one_says_so() {
        trainAndWait();
        assertThat(view.diagnoses.notes()).isEmpty();
        assertThat(view.diagnoses.isVisible() && view.diagnoses.getElement().getChildCount() > 0).isFalse();

        preset().setValue(Preset.SINE);
        optimizer().setValue(OptimizerKind.SGD);
        learningRate().setValue("100");
        trainAndWait();
        assertThat(view.diagnoses.notes()).extracting(Diagnosis::kind).contains(Diagnosis.Kind.DIVERGED);
        assertThat(view.diagnoses.notes().get(0).finding()).contains("infinite or not a number",
                "Lower the learning rate");
    }

    @Test
    void a_rate_far_too_small_is_a_plateau_with_a_suggestion() {
        learningRate().setValue("0.0001");
        trainAndWait();

        assertThat(view.diagnoses.notes()).extracting(Diagnosis::kind).containsExactly(Diagnosis.Kind.PLATEAU);
        assertThat(view.diagnoses.notes().get(0).suggestion()).contains("higher learning rate");
    }

    @Test
    void an_l2_that_holds_the_weights_at_nothing_learnt_is_pointed_at_also_when_changed_during_the_run() {
        numberField("l2").setValue("1");
        trainAndWait();
        assertThat(view.diagnoses.notes()).extracting(Diagnosis::kind).containsExactly(Diagnosis.Kind.PLATEAU);
        assertThat(view.diagnoses.notes().get(0).suggestion()).startsWith("Try a lower L2 first: at 1 it may hold");

        // the same L2 from iteration 2 on, as a teacher would set it while the run trains
        String file = ExperimentJson.write(new Experiment(Preset.XOR_SEED.dataset(), Experiment.seedArticle().network(),
                Experiment.seedArticle().training().withRateChanges(List.of(new RateChange(2, 1, 1)))));
        LocatorJ._get(view, ExperimentFilePanel.class).openText(file);
        assertThat(numberField("l2").getValue()).isEqualTo("0");
        trainAndWait();
        assertThat(view.diagnoses.notes()).extracting(Diagnosis::kind).containsExactly(Diagnosis.Kind.PLATEAU);
        assertThat(view.diagnoses.notes().get(0).suggestion()).startsWith("Try a lower L2 first: at 1 it may hold");
    }

    @SuppressWarnings("unchecked")
    Select<Integer> select(String id) {
        return byId(Select.class, id);
    }

    @SuppressWarnings("unchecked")
    Select<Preset> preset() {
        return byId(Select.class, "dataset-preset");
    }
}

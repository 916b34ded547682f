package com.nnplayground.maths;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.engine.TrainingConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TeX of each stage: names escaped, the numbers of IterationMaths in it, what cannot be known said so. */
class MathsTexTest {

    static final double[][] X = {{0.5, -1}, {1, 2}, {-0.5, 0.25}};
    static final double[][] Y = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    static final Architecture SOFTMAX = new Architecture(2, new int[] {3}, 3, Activation.TANH, Activation.SOFTMAX, true);

    static String all(MathsTex tex) {
        StringBuilder out = new StringBuilder();
        for (Stage stage : Stage.values()) {
            tex.stage(stage).forEach(l -> out.append(l.caption()).append('\n').append(l.tex()).append('\n'));
        }
        return out.toString();
    }

    @Test
    void column_and_class_names_are_escaped_and_label_their_numbers() {
        Network network = Network.initialise(SOFTMAX, Init.XAVIER, 1);
        TrainingConfig config = new TrainingConfig(Loss.CROSS_ENTROPY, OptimizerKind.SGD, 0.1, 10, 0, 0, 0);
        IterationMaths maths = IterationMaths.of(network, X, Y, new boolean[3], config, 1, new WeightChoice(2, 2, 1));
        String tex = all(new MathsTex(maths, network, config, List.of("width_cm", "50% $off"),
                List.of("a&b", "{c}", "d\\e")));

        assertThat(tex).contains("\\text{width\\_cm} & \\text{50\\% \\$off}", "\\text{a\\&b} & \\text{\\{c\\}} & "
                + "\\text{d\\textbackslash{}e}", "\\delta^{(2)} = \\frac{1}{n}\\left(\\hat{y} - y\\right)",
                "+ b^{(1)}", "W^{(2)}_{3,2} \\leftarrow " + Tex.precise(maths.update().oldValue()),
                " = " + Tex.precise(maths.update().newValue()), "L = " + Tex.precise(maths.loss()));
    }

    @Test
    void with_adam_the_update_gives_the_known_numbers_and_says_why_the_new_value_waits() {
        Network network = Network.initialise(SOFTMAX, Init.XAVIER, 1);
        TrainingConfig config = new TrainingConfig(Loss.CROSS_ENTROPY, OptimizerKind.ADAM, 0.01, 10, 0, 0, 0);
        IterationMaths maths = IterationMaths.of(network, X, Y, new boolean[3], config, 0, new WeightChoice(1, 0, 0));
        List<TexLine> update = new MathsTex(maths, network, config, List.of("x", "y"), List.of("p", "q", "r"))
                .stage(Stage.UPDATE);

        assertThat(update.get(1).caption()).contains("depends on m and s", "shows in the next iteration");
        assertThat(update.get(1).tex()).contains(Tex.precise(maths.update().gradient()), "\\eta = 0.01");
    }

    @Test
    void a_test_row_says_it_has_no_deltas() {
        Network network = Network.initialise(SOFTMAX, Init.XAVIER, 1);
        TrainingConfig config = new TrainingConfig(Loss.CROSS_ENTROPY, OptimizerKind.SGD, 0.1, 10, 0, 0, 0);
        IterationMaths maths = IterationMaths.of(network, X, Y, new boolean[] {false, false, true}, config, 2,
                new WeightChoice(2, 0, 0));
        List<TexLine> backward = new MathsTex(maths, network, config, List.of("x", "y"), List.of("p", "q", "r"))
                .stage(Stage.BACKWARD);

        assertThat(backward.get(0).caption()).contains("is a test row");
        assertThat(backward).extracting(TexLine::tex).noneMatch(t -> t.contains("\\delta^{(1)} ="));
    }
}

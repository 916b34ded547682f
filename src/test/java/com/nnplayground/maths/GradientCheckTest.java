package com.nnplayground.maths;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.engine.Training;
import com.nnplayground.engine.TrainingConfig;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The page's gradient check: backprop and the central difference agree on real networks, before and after training. */
class GradientCheckTest {

    @Test
    void the_seed_network_passes_at_its_start_and_after_1500_iterations() {
        Network start = Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, 0);
        Training training = new Training(start, IterationMathsTest.XOR_X, IterationMathsTest.XOR_Y,
                TrainingConfig.seedSettings());
        training.run(1500, null, null);

        for (Network network : List.of(start, training.network())) {
            List<GradientCheck.Entry> entries = GradientCheck.of(network, IterationMathsTest.XOR_X,
                    IterationMathsTest.XOR_Y, Loss.SSE, 3);
            assertThat(entries).hasSize(3 + 3);
            for (GradientCheck.Entry e : entries) {
                assertThat(e.backprop()).isNotZero();
                assertThat(e.relativeError()).as("%s", e).isLessThan(GradientCheck.AGREES)
                        .isEqualTo(Math.abs(e.backprop() - e.finiteDifference())
                                / Math.max(Math.abs(e.backprop()), Math.abs(e.finiteDifference())));
            }
        }
    }

    @Test
    void the_checked_weights_are_those_with_the_largest_gradients_of_each_layer() {
        Network network = Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, 0);
        double[][] gradW1 = network.backward(IterationMathsTest.XOR_X, IterationMathsTest.XOR_Y, Loss.SSE).gradW(1);
        List<GradientCheck.Entry> entries = GradientCheck.of(network, IterationMathsTest.XOR_X,
                IterationMathsTest.XOR_Y, Loss.SSE, 2);
        double largest = 0;
        for (double[] row : gradW1) {
            for (double g : row) {
                largest = Math.max(largest, Math.abs(g));
            }
        }

        assertThat(Math.abs(entries.get(0).backprop())).isEqualTo(largest);
        assertThat(Math.abs(entries.get(0).backprop())).isGreaterThanOrEqualTo(Math.abs(entries.get(1).backprop()));
        assertThat(entries.get(2).weight().layer()).isEqualTo(2);
    }

    @Test
    void tanh_relu_and_softmax_networks_with_biases_pass_too() {
        SplittableRandom random = new SplittableRandom(5);
        double[][] x = IterationMathsTest.random(random, 20, 3);
        double[][] y = new double[20][3];
        for (int r = 0; r < 20; r++) {
            y[r][random.nextInt(3)] = 1;
        }
        for (Activation hidden : new Activation[] {Activation.TANH, Activation.LEAKY_RELU, Activation.SIGMOID}) {
            Architecture architecture = new Architecture(3, new int[] {6, 4}, 3, hidden, Activation.SOFTMAX, true);
            Network start = Network.initialise(architecture, Init.XAVIER, 2);
            Training training = new Training(start, x, y,
                    new TrainingConfig(Loss.CROSS_ENTROPY, OptimizerKind.ADAM, 0.01, 50, 0, 0, 0));
            training.run(50, null, null);

            for (GradientCheck.Entry e : GradientCheck.of(training.network(), x, y, Loss.CROSS_ENTROPY, 3)) {
                assertThat(e.relativeError()).as("%s %s", hidden, e).isLessThan(GradientCheck.AGREES);
            }
        }
    }
}

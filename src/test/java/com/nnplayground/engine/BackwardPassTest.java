package com.nnplayground.engine;

import static com.nnplayground.engine.SeedParityTest.X;
import static com.nnplayground.engine.SeedParityTest.Y;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The numbers of one forward and backward pass, as the equations panel shows them, are what training uses. */
class BackwardPassTest {

    @Test
    void one_sgd_step_moves_the_weights_by_the_gradients_shown() {
        Network start = SeedParityTest.seedNetworkWithReferenceWeights();
        BackwardPass pass = start.backward(X, Y, Loss.SSE);
        Training training = new Training(start, X, Y, new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 1.0, 1, 0, 0, 0));

        training.run(1, null, null);

        double[][][] before = start.weights();
        double[][][] after = training.network().weights();
        for (int k = 1; k <= 2; k++) {
            double[][] gradW = pass.gradW(k);
            for (int i = 0; i < gradW.length; i++) {
                for (int j = 0; j < gradW[i].length; j++) {
                    assertEquals(before[k - 1][i][j] - gradW[i][j], after[k - 1][i][j], 0.0, "W(" + k + ")");
                }
            }
        }
        assertEquals(training.lastLoss(), pass.loss(), 0.0);
        assertNull(pass.gradB(1), "the seed has no biases");
    }

    @Test
    void the_output_delta_of_sse_through_a_sigmoid_is_2_times_the_error_times_a_1_minus_a() {
        BackwardPass pass = SeedParityTest.seedNetworkWithReferenceWeights().backward(
                new double[][] {X[1]}, new double[][] {Y[1]}, Loss.SSE);

        double a = pass.forward().output()[0][0];
        assertEquals(2 * (a - Y[1][0]) * a * (1 - a), pass.delta(2)[0][0], 1e-16);
        assertEquals((Y[1][0] - a) * (Y[1][0] - a), pass.loss(), 1e-16);
        assertEquals(4, pass.delta(1)[0].length, "one delta per hidden neuron");
    }

    @Test
    void bias_gradients_are_the_deltas_summed_over_the_rows() {
        Architecture architecture = new Architecture(3, new int[] {5}, 2, Activation.TANH, Activation.SOFTMAX, true);
        double[][] y = {{1, 0}, {0, 1}, {0, 1}, {1, 0}};
        BackwardPass pass = Network.initialise(architecture, Init.XAVIER, 3).backward(X, y, Loss.CROSS_ENTROPY);

        for (int k = 1; k <= 2; k++) {
            double[][] delta = pass.delta(k);
            double[] gradB = pass.gradB(k);
            for (int j = 0; j < gradB.length; j++) {
                double sum = 0;
                for (double[] row : delta) {
                    sum += row[j];
                }
                assertEquals(sum, gradB[j], 1e-15, "b(" + k + ") neuron " + j);
            }
        }
    }

    @Test
    void rows_or_a_loss_that_do_not_fit_are_refused_in_plain_words() {
        Network seed = SeedParityTest.seedNetworkWithReferenceWeights();

        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> seed.backward(new double[][] {{1, 2}}, new double[][] {{1}}, Loss.SSE));
        IllegalArgumentException loss = assertThrows(IllegalArgumentException.class,
                () -> seed.backward(X, Y, Loss.CROSS_ENTROPY));
        IllegalArgumentException layer = assertThrows(IllegalArgumentException.class,
                () -> seed.backward(X, Y, Loss.SSE).gradW(3));

        assertTrue(shape.getMessage().contains("x row 0 has 2 column(s)"), shape.getMessage());
        assertTrue(loss.getMessage().contains("softmax"), loss.getMessage());
        assertTrue(layer.getMessage().contains("1..2"), layer.getMessage());
    }
}

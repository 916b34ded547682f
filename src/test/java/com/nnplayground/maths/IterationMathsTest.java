package com.nnplayground.maths;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.BackwardPass;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.engine.Training;
import com.nnplayground.engine.TrainingConfig;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The numbers the maths panel shows are the reference engine's, and its update is the step training takes. */
class IterationMathsTest {

    static final double[][] XOR_X = {{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1}};
    static final double[][] XOR_Y = {{0}, {1}, {1}, {0}};
    static final boolean[] NO_TEST = new boolean[4];

    @Test
    void the_forward_pass_deltas_and_gradient_of_a_row_are_the_engines() {
        Network network = Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, 0);
        IterationMaths maths = IterationMaths.of(network, XOR_X, XOR_Y, NO_TEST, TrainingConfig.seedSettings(), 2,
                new WeightChoice(1, 1, 3));
        BackwardPass engine = network.backward(XOR_X, XOR_Y, Loss.SSE);

        for (int k = 0; k <= 2; k++) {
            assertThat(maths.a()[k]).containsExactly(engine.forward().a(k)[2]);
        }
        for (int k = 1; k <= 2; k++) {
            assertThat(maths.z()[k]).containsExactly(engine.forward().z(k)[2]);
            assertThat(maths.delta()[k]).containsExactly(engine.delta(k)[2]);
        }
        assertThat(maths.gradW()).isDeepEqualTo(engine.gradW(1));
        assertThat(maths.update().gradient()).isEqualTo(engine.gradW(1)[1][3]);
        assertThat(maths.rowGradient()).isEqualTo(XOR_X[2][1] * engine.delta(1)[2][3]);
        assertThat(maths.loss()).isEqualTo(engine.loss());
    }

    @Test
    void the_rows_shares_add_up_to_the_loss_of_the_first_iteration() {
        for (Loss loss : new Loss[] {Loss.SSE, Loss.MSE, Loss.BCE}) {
            Network network = Network.initialise(Architecture.seedNetwork(), Init.XAVIER, 3);
            TrainingConfig config = new TrainingConfig(loss, OptimizerKind.SGD, 0.5, 10, 0, 0, 0);
            double sum = 0;
            for (int r = 0; r < 4; r++) {
                sum += IterationMaths.of(network, XOR_X, XOR_Y, NO_TEST, config, r, new WeightChoice(2, 0, 0)).rowLoss();
            }
            Training training = new Training(network, XOR_X, XOR_Y, config);
            training.run(1, null, null);

            assertThat(sum).as(loss.id()).isCloseTo(training.lastLoss(), org.assertj.core.data.Offset.offset(1e-12));
            assertThat(IterationMaths.of(network, XOR_X, XOR_Y, NO_TEST, config, 0, new WeightChoice(2, 0, 0)).loss())
                    .as(loss.id()).isEqualTo(training.lastLoss());
        }
    }

    @Test
    void the_update_shown_is_the_weight_training_computes_bit_for_bit_with_biases_and_l2() {
        Architecture architecture = new Architecture(2, new int[] {5, 3}, 1, Activation.TANH, Activation.SIGMOID, true);
        double[][] x = random(new SplittableRandom(7), 12, 2);
        double[][] y = new double[12][];
        for (int r = 0; r < 12; r++) {
            y[r] = new double[] {x[r][0] * x[r][1] > 0 ? 1 : 0};
        }
        Network start = Network.initialise(architecture, Init.XAVIER, 11);
        TrainingConfig config = new TrainingConfig(Loss.BCE, OptimizerKind.SGD, 0.3, 5, 0, 0.01, 0);
        Training training = new Training(start, x, y, config);
        training.run(1, null, null);
        double[][][] after = training.network().weights();

        for (int k = 1; k <= 3; k++) {
            int[] sizes = architecture.layerSizes();
            for (int i = 0; i < sizes[k - 1]; i++) {
                for (int j = 0; j < sizes[k]; j++) {
                    IterationMaths.Update update = IterationMaths.of(start, x, y, new boolean[12], config, 0,
                            new WeightChoice(k, i, j)).update();
                    assertThat(update.exact()).isTrue();
                    assertThat(update.newValue()).as("W(%d)[%d][%d]", k, i, j).isEqualTo(after[k - 1][i][j]);
                }
            }
        }
    }

    @Test
    void momentum_adam_and_mini_batches_give_no_new_value_for_the_state_or_batches_are_not_in_the_weights() {
        Network network = Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, 0);
        for (TrainingConfig config : new TrainingConfig[] {
                new TrainingConfig(Loss.SSE, OptimizerKind.MOMENTUM, 1, 10, 0, 0, 0),
                new TrainingConfig(Loss.SSE, OptimizerKind.ADAM, 1, 10, 0, 0, 0),
                new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 1, 10, 2, 0, 0)}) {
            IterationMaths.Update update = IterationMaths.of(network, XOR_X, XOR_Y, NO_TEST, config, 0,
                    new WeightChoice(2, 0, 0)).update();
            assertThat(update.exact()).isFalse();
            assertThat(update.newValue()).isNaN();
            assertThat(update.oldValue()).isEqualTo(network.weights()[1][0][0]);
        }
    }

    @Test
    void a_test_row_has_its_forward_pass_but_no_deltas_and_the_gradient_sums_the_training_rows_only() {
        Network network = Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, 0);
        boolean[] test = {false, false, false, true};
        IterationMaths maths = IterationMaths.of(network, XOR_X, XOR_Y, test, TrainingConfig.seedSettings(), 3,
                new WeightChoice(2, 1, 0));
        double[][] trainX = {XOR_X[0], XOR_X[1], XOR_X[2]};
        double[][] trainY = {XOR_Y[0], XOR_Y[1], XOR_Y[2]};

        assertThat(maths.isTestRow()).isTrue();
        assertThat(maths.delta()).isNull();
        assertThat(maths.trainRows()).isEqualTo(3);
        assertThat(maths.a()[2]).containsExactly(network.predict(XOR_X[3]));
        assertThat(maths.gradW()).isDeepEqualTo(network.backward(trainX, trainY, Loss.SSE).gradW(2));
    }

    static double[][] random(SplittableRandom random, int rows, int columns) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextDouble(-1, 1);
            }
        }
        return values;
    }
}

package com.nnplayground.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference engine's backpropagation against central finite differences, on a 3-4-3-2 network, for every hidden
 * activation, every output activation and loss that fit together, with and without biases.
 */
class GradientCheckTest {

    static final int ROWS = 5;
    static final double H = 1e-4;
    static final double TOLERANCE = 1e-6;
    /** Relative error is meaningless for gradients near 0 (rounding noise there is ~1e-11), so below this size
     * the error is taken relative to the floor, i.e. an absolute error below 1e-10 passes. */
    static final double FLOOR = 1e-4;
    /** No z may lie this close to ReLU's kink, or the finite difference would straddle it. */
    static final double KINK_MARGIN = 1e-3;

    static Stream<Arguments> combinations() {
        List<Arguments> combinations = new ArrayList<>();
        Activation[] hidden = {Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU,
                Activation.LINEAR};
        Activation[] squaredErrorOutputs = {Activation.SIGMOID, Activation.TANH, Activation.LINEAR, Activation.RELU,
                Activation.LEAKY_RELU};
        for (Activation h : hidden) {
            for (boolean bias : new boolean[] {true, false}) {
                for (Activation output : squaredErrorOutputs) {
                    combinations.add(Arguments.of(h, output, Loss.SSE, bias));
                    combinations.add(Arguments.of(h, output, Loss.MSE, bias));
                }
                combinations.add(Arguments.of(h, Activation.SIGMOID, Loss.BCE, bias));
                combinations.add(Arguments.of(h, Activation.SOFTMAX, Loss.CROSS_ENTROPY, bias));
            }
        }
        return combinations.stream();
    }

    @ParameterizedTest(name = "{0} hidden, {1} output, {2}, bias {3}")
    @MethodSource("combinations")
    void backprop_gradients_match_finite_differences(Activation hidden, Activation output, Loss loss, boolean bias) {
        Architecture architecture = new Architecture(3, new int[] {4, 3}, 2, hidden, output, bias);
        Problem problem = problemAwayFromKinks(architecture, loss);
        Backprop backprop = new Backprop(architecture, ROWS);
        backprop.forward(problem.weights, problem.biases, problem.x, problem.y, ROWS, loss);
        backprop.backward(problem.weights, problem.y, loss);

        for (int l = 0; l < architecture.layerCount(); l++) {
            for (int i = 0; i < problem.weights[l].length; i++) {
                assertClose(backprop.gradW[l][i], numericGradient(architecture, problem, loss, problem.weights[l], i),
                        "dL/dW of layer " + l + " element " + i);
            }
            if (bias) {
                for (int j = 0; j < problem.biases[l].length; j++) {
                    assertClose(backprop.gradB[l][j], numericGradient(architecture, problem, loss, problem.biases[l], j),
                            "dL/db of layer " + l + " element " + j);
                }
            }
        }
    }

    /**
     * The five-point central difference {@code (-L(+2h) + 8 L(+h) - 8 L(-h) + L(-2h)) / 12h}: its error is of
     * order h^4 rather than the two-point formula's h^2, which at 1e-6 relative tolerance is the difference
     * between testing backprop and testing the finite difference.
     */
    static double numericGradient(Architecture architecture, Problem problem, Loss loss, double[] parameters, int i) {
        double original = parameters[i];
        double sum = 0;
        double[] steps = {2 * H, H, -H, -2 * H};
        double[] coefficients = {-1, 8, -8, 1};
        for (int s = 0; s < steps.length; s++) {
            parameters[i] = original + steps[s];
            sum += coefficients[s] * lossOf(architecture, problem, loss);
        }
        parameters[i] = original;
        return sum / (12 * H);
    }

    static double lossOf(Architecture architecture, Problem problem, Loss loss) {
        return new Backprop(architecture, ROWS).forward(problem.weights, problem.biases, problem.x, problem.y, ROWS,
                loss);
    }

    static void assertClose(double analytic, double numeric, String what) {
        double error = Math.abs(analytic - numeric) / Math.max(FLOOR, Math.abs(analytic) + Math.abs(numeric));
        assertTrue(error < TOLERANCE, what + ": backprop " + analytic + ", finite difference " + numeric
                + ", relative error " + error);
    }

    /** Random weights, biases and data; redrawn (deterministically) until no z sits near a ReLU kink. */
    static Problem problemAwayFromKinks(Architecture architecture, Loss loss) {
        for (long seed = 0; ; seed++) {
            Problem problem = Problem.random(architecture, loss, new SplittableRandom(seed));
            ForwardPass pass = new ForwardPass(architecture, ROWS);
            pass.compute(problem.weights, problem.biases, problem.x, ROWS);
            if (minimumAbsoluteZ(pass) > KINK_MARGIN) {
                return problem;
            }
        }
    }

    static double minimumAbsoluteZ(ForwardPass pass) {
        double minimum = Double.POSITIVE_INFINITY;
        for (int k = 1; k <= pass.layerCount(); k++) {
            for (double z : pass.z[k]) {
                minimum = Math.min(minimum, Math.abs(z));
            }
        }
        return minimum;
    }

    /** {@code x} and {@code y} flat rows, as the reference engine reads them. */
    record Problem(double[][] weights, double[][] biases, double[] x, double[] y) {

        static Problem random(Architecture architecture, Loss loss, SplittableRandom random) {
            int[] sizes = architecture.layerSizes();
            double[][] weights = new double[architecture.layerCount()][];
            double[][] biases = architecture.bias() ? new double[architecture.layerCount()][] : null;
            for (int l = 0; l < weights.length; l++) {
                weights[l] = uniform(random, sizes[l] * sizes[l + 1]);
                if (biases != null) {
                    biases[l] = uniform(random, sizes[l + 1]);
                }
            }
            return new Problem(weights, biases, uniform(random, ROWS * sizes[0]), targets(loss, random, sizes));
        }

        /** Targets the loss makes sense for: one-hot for cross-entropy, 0/1 for bce, any number otherwise. */
        static double[] targets(Loss loss, SplittableRandom random, int[] sizes) {
            int outputs = sizes[sizes.length - 1];
            double[] y = new double[ROWS * outputs];
            for (int r = 0; r < ROWS; r++) {
                if (loss == Loss.CROSS_ENTROPY) {
                    y[r * outputs + random.nextInt(outputs)] = 1.0;
                }
                for (int j = 0; j < outputs; j++) {
                    if (loss == Loss.BCE) {
                        y[r * outputs + j] = random.nextInt(2);
                    } else if (loss != Loss.CROSS_ENTROPY) {
                        y[r * outputs + j] = random.nextDouble(-1, 1);
                    }
                }
            }
            return y;
        }

        static double[] uniform(SplittableRandom random, int n) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextDouble(-1, 1);
            }
            return values;
        }
    }
}

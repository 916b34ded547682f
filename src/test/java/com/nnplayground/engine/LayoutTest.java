package com.nnplayground.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The losses and the output activations on the kernels' neuron-major layout (element (r, k) at
 * {@code r + k * stride}) give the bits they give on flat rows, and write nothing but the batch's elements: the
 * lanes past its rows, which the kernels leave to hold leftovers, are filled with NaN here and must stay NaN.
 */
class LayoutTest {

    @ParameterizedTest(name = "{0} with {1}, {2} rows x {3} outputs")
    @CsvSource({
            "sse,           sigmoid, 150, 3",
            "sse,           sigmoid, 7,   1",
            "mse,           linear,  61,  5",
            "mse,           tanh,    9,   2",
            "bce,           sigmoid, 20,  2",
            "cross_entropy, softmax, 61,  4",
            "cross_entropy, softmax, 3,   2",
    })
    void neuron_major_outputs_give_the_bits_of_flat_rows(String lossId, String activationId, int rows, int outputs) {
        Loss loss = Loss.fromId(lossId);
        Activation f = Activation.fromId(activationId);
        SplittableRandom random = new SplittableRandom(rows * 7L + outputs);
        int stride = (rows + 7) / 8 * 8 + 8;
        double[] z = new double[rows * outputs];
        double[] y = new double[rows * outputs];
        for (int r = 0; r < rows; r++) {
            int label = random.nextInt(outputs);
            for (int k = 0; k < outputs; k++) {
                z[r * outputs + k] = random.nextDouble(-6, 6);
                y[r * outputs + k] = loss == Loss.SSE || loss == Loss.MSE ? random.nextDouble() : k == label ? 1 : 0;
            }
        }
        double[] a = new double[z.length];
        f.apply(z, a, rows, outputs);
        double[] delta = new double[z.length];
        loss.outputDelta(f, y, z, a, rows, outputs, delta);

        double[] zn = neuronMajor(z, rows, outputs, stride);
        double[] yn = neuronMajor(y, rows, outputs, stride);
        double[] an = nans(outputs * stride);
        f.apply(zn, an, rows, outputs, 1, stride);
        double[] deltaN = nans(outputs * stride);
        loss.outputDelta(f, yn, zn, an, rows, outputs, 1, stride, deltaN);

        assertEquals(Double.doubleToRawLongBits(loss.value(y, a, rows, outputs)),
                Double.doubleToRawLongBits(loss.value(yn, an, rows, outputs, 1, stride)), "loss");
        assertNeuronMajor(a, an, rows, outputs, stride, "a");
        assertNeuronMajor(delta, deltaN, rows, outputs, stride, "delta");
    }

    /** Element (r, k) of flat rows at {@code r + k * stride}, the lanes past the rows NaN. */
    private static double[] neuronMajor(double[] flat, int rows, int outputs, int stride) {
        double[] out = nans(outputs * stride);
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < outputs; k++) {
                out[r + k * stride] = flat[r * outputs + k];
            }
        }
        return out;
    }

    private static double[] nans(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    private static void assertNeuronMajor(double[] flat, double[] neuronMajor, int rows, int outputs, int stride,
                                          String what) {
        for (int k = 0; k < outputs; k++) {
            for (int s = 0; s < stride; s++) {
                double expected = s < rows ? flat[s * outputs + k] : Double.NaN;
                assertEquals(Double.doubleToRawLongBits(expected),
                        Double.doubleToRawLongBits(neuronMajor[s + k * stride]),
                        what + " of row " + s + ", output " + k);
            }
        }
    }
}

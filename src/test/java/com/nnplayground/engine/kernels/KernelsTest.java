package com.nnplayground.engine.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The kernels use the vector lanes exactly when the JVM has them, and give the plain loops' bits. */
class KernelsTest {

    @Test
    void the_vector_lanes_are_used_when_the_jvm_has_the_vector_api() {
        assertEquals(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), Kernels.VECTOR);
    }

    /**
     * The build runs the engine's tests twice (pom.xml: with {@code --add-modules jdk.incubator.vector}, then in a
     * JVM without it) and tells each run which kernels it must be on, so a run that quietly got the other JVM fails.
     */
    @Test
    void the_build_runs_the_kernels_it_asks_for() {
        String asked = System.getProperty("nnplayground.expected-kernels", Kernels.VECTOR ? "vector" : "scalar");
        assertEquals(asked, Kernels.VECTOR ? "vector" : "scalar");
    }

    /**
     * Shapes around the vector tiles' edges (6 rows and fewer, 4, 2 and 1 vectors) and the blocks of c, with a y
     * large enough to be packed into panels in a third of the rounds; rows and columns split in four calls.
     */
    @Test
    void products_give_the_bits_of_the_plain_loops() {
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 200; round++) {
            boolean packed = round % 3 == 0;
            int rows = 1 + random.nextInt(13);
            int inner = packed ? 130 + random.nextInt(800) : 1 + random.nextInt(round % 10 == 1 ? 900 : 40);
            int width = NeuronMajor.PAD * (packed ? 4 + random.nextInt(6) : 1 + random.nextInt(7));
            int xp = 1 + random.nextInt(3);
            int xc = rows * xp;
            double[] x = values(random, rows * xp + inner * xc);
            double[] y = values(random, inner * width);
            double[] bias = random.nextBoolean() ? values(random, rows) : null;
            double[] expected = new double[rows * width];
            double[] actual = new double[rows * width];
            new ScalarProducts().multiply(x, xp, xc, y, width, expected, width, inner, 0, width, bias, 0, rows, null);
            double[] panel = new double[Products.PANEL_DOUBLES];
            int split = random.nextInt(rows + 1);
            int columns = NeuronMajor.PAD * random.nextInt(width / NeuronMajor.PAD + 1);
            Kernels.PRODUCTS.multiply(x, xp, xc, y, width, actual, width, inner, 0, columns, bias, 0, split, panel);
            Kernels.PRODUCTS.multiply(x, xp, xc, y, width, actual, width, inner, columns, width, bias, 0, split, panel);
            Kernels.PRODUCTS.multiply(x, xp, xc, y, width, actual, width, inner, 0, columns, bias, split, rows, panel);
            Kernels.PRODUCTS.multiply(x, xp, xc, y, width, actual, width, inner, columns, width, bias, split, rows,
                    panel);

            for (int i = 0; i < expected.length; i++) {
                assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                        "round " + round + ": " + rows + " x " + width + ", inner " + inner + ", element " + i);
            }
        }
    }

    /**
     * A product over no c (a block with no samples, when a batch has fewer rows than blocks) is 0 plus the bias, or
     * carries on what out holds, whatever out held before, as the plain loops give it.
     */
    @Test
    void a_product_over_nothing_is_its_bias_or_what_it_carries_on() {
        SplittableRandom random = new SplittableRandom(6);
        for (boolean onto : new boolean[] {false, true}) {
            for (double[] bias : new double[][] {null, values(random, 5)}) {
                double[] before = values(random, 5 * 16);
                double[] expected = before.clone();
                double[] actual = before.clone();
                new ScalarProducts().multiply(new double[0], 1, 5, new double[0], 16, expected, 16, 0, 0, 16, bias, 0,
                        5, onto, null);
                Kernels.PRODUCTS.multiply(new double[0], 1, 5, new double[0], 16, actual, 16, 0, 0, 16, bias, 0, 5,
                        onto, new double[Products.PANEL_DOUBLES]);

                assertArrayEquals(expected, actual, "onto " + onto + ", bias " + (bias != null));
            }
        }
    }

    @Test
    void sample_rows_are_the_neuron_major_layer_transposed() {
        SplittableRandom random = new SplittableRandom(9);
        for (int round = 0; round < 100; round++) {
            int n = 1 + random.nextInt(30);
            int rows = 1 + random.nextInt(40);
            int stride = NeuronMajor.padded(rows);
            int outStride = NeuronMajor.padded(n) + random.nextInt(2) * NeuronMajor.PAD;
            double[] in = values(random, n * stride);
            double[] out = new double[rows * outStride];
            Kernels.PRODUCTS.toSampleRows(in, stride, n, rows, out, outStride);

            for (int s = 0; s < rows; s++) {
                for (int j = 0; j < outStride; j++) {
                    assertEquals(j < n ? in[j * stride + s] : 0.0, out[s * outStride + j],
                            n + " neurons x " + rows + " rows: sample " + s + ", neuron " + j);
                }
            }
        }
    }

    private static double[] values(SplittableRandom random, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextDouble(-2, 2);
        }
        return values;
    }
}

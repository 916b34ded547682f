package com.nnplayground.engine.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The vectorisable sigmoid against {@code 1 / (1 + Math.exp(-z))}, element by element. */
class FastSigmoidTest {

    @Test
    void agrees_with_math_exp_to_3e_14_over_the_whole_range() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 100_000;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double scale = i % 3 == 0 ? 1 : i % 3 == 1 ? 50 : 800;
            z[i] = random.nextDouble(-scale, scale);
        }
        double[] a = new double[n];
        FastSigmoid.apply(z, a, n);

        for (int i = 0; i < n; i++) {
            double expected = 1.0 / (1.0 + Math.exp(-z[i]));
            assertEquals(expected, a[i], 3e-14 * expected, "z = " + z[i]);
        }
    }

    @Test
    void keeps_the_limits_and_nan() {
        double[] z = new double[FastSigmoid.MIN_ELEMENTS];
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 44, -44, 44.5, -44.5,
                -745, -746, 0, Double.MIN_VALUE, -Double.MIN_VALUE};
        System.arraycopy(special, 0, z, 0, special.length);
        double[] a = new double[z.length];
        FastSigmoid.apply(z, a, z.length);

        assertTrue(Double.isNaN(a[0]));
        for (int i = 1; i < special.length; i++) {
            assertEquals(1.0 / (1.0 + Math.exp(-z[i])), a[i], 3e-14 * a[i], "z = " + z[i]);
        }
    }
}

package com.nnplayground.engine.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The engine's sigmoid against {@link Math#exp}'s, and its array form against its one-value form. The reference is
 * {@code 1 / (1 + e^-z)} for {@code z >= 0} and {@code e^z / (1 + e^z)} below, which keeps the subnormal results
 * of z below -709 that {@code 1 / (1 + e^-z)} rounds to 0 ({@code e^-z} overflows).
 */
class SigmoidTest {

    @Test
    void agrees_with_math_exp_to_1e_15_over_the_whole_range() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 300_000; i++) {
            double scale = i % 3 == 0 ? 1 : i % 3 == 1 ? 50 : 800;
            double z = random.nextDouble(-scale, scale);
            double expected = reference(z);
            assertEquals(expected, Sigmoid.of(z), 1e-15 * expected + Double.MIN_VALUE, "z = " + z);
        }
    }

    @Test
    void keeps_the_limits_subnormals_and_nan() {
        assertTrue(Double.isNaN(Sigmoid.of(Double.NaN)));
        assertEquals(1.0, Sigmoid.of(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Sigmoid.of(Double.NEGATIVE_INFINITY));
        assertEquals(0.5, Sigmoid.of(0.0));
        assertEquals(0.5, Sigmoid.of(-0.0));
        for (double z : new double[] {36, 37, 709, 710, -708, -709, -720, -740, -745, -746, Double.MIN_VALUE,
                -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE}) {
            double expected = reference(z);
            assertEquals(expected, Sigmoid.of(z), 1e-15 * expected + Double.MIN_VALUE, "z = " + z);
        }
    }

    private static double reference(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }

    /** In a JVM with the Vector API the array form runs on its lanes; either way it must give the same bits. */
    @Test
    void the_array_form_gives_the_bits_of_one_value_at_a_time() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 10_003;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            // every exponent the lanes build (|z| up to 708, where they stop), and the values that go lane by lane
            z[i] = i % 97 == 0 ? new double[] {Double.NaN, -746, -0.0, 1e300}[i % 4]
                    : random.nextDouble(i % 2 == 0 ? 60 : 708) * (i % 4 < 2 ? 1 : -1);
        }
        double[] a = new double[n];
        Sigmoid.apply(z, a, 5, n);

        for (int i = 5; i < n; i++) {
            assertEquals(Double.doubleToRawLongBits(Sigmoid.of(z[i])), Double.doubleToRawLongBits(a[i]),
                    "z = " + z[i]);
        }
        assertEquals(0.0, a[4], "elements before from are left alone");
    }
}

package com.nnplayground.engine.kernels;

/**
 * The sigmoid {@code 1 / (1 + e^-z)}, with the engine's own exp: what {@link com.nnplayground.engine.Activation#SIGMOID}
 * computes for one value and for arrays, on the vector lanes ({@link VectorSigmoid}) or without them, with the same
 * operations in the same order, so the same bits either way.
 *
 * <p>{@code t = e^u} for {@code u = -|z|} (so {@code t <= 1} never overflows), then {@code 1 / (1 + t)} for
 * {@code z >= 0} and {@code t / (1 + t)} below. The exp: {@code k = round(u / ln 2)} (by adding and subtracting
 * 1.5 * 2^52), {@code r = u - k ln 2} in two parts (Cody-Waite: {@code k * LN2_HI} is exact), {@code e^r} by a
 * polynomial of degree 11 on {@code |r| <= 0.3475} (its error below 5e-18, evaluated in Estrin's scheme so its terms
 * do not wait on each other), and {@code 2^k} built from the bits of k as two factors, so that it stays exact down
 * to the subnormal results of {@code z} near -745. Relative error against {@code 1 / (1 + Math.exp(-z))}: below
 * 1e-15 ({@code SigmoidTest}; 5e-16 worst in 200,000 z's against 40-digit mpmath). NaN stays NaN.
 */
public final class Sigmoid {

    /** e^u is 0 below this (half the smallest subnormal). */
    static final double MIN_U = -745.2;
    static final double LOG2E = 1.4426950408889634;
    /** ln 2 in two parts (fdlibm's): the high part has 32 bits, so {@code k * LN2_HI} is exact. */
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    /** Adding and subtracting it rounds a double below 2^51 to the nearest integer. */
    static final double ROUND = 0x1.8p52;
    /**
     * The polynomial's coefficients, {@code C[i]} of {@code r^i}: mpmath 1.3's {@code chebyfit(exp, [-0.3475, 0.3475],
     * 12)} at 40 digits (Chebyshev interpolation, within 1e-19 of the best polynomial; its error 3.3e-18), rounded to
     * doubles. {@code C[0]} and {@code C[1]} are exactly 1: {@code C[1] * r} is r, and is computed as r.
     */
    static final double[] C = {1.0, 1.0, 0.5000000000000019, 0.16666666666666682, 0.04166666666648424,
        0.008333333333319305, 0.0013888888953339472, 0.00019841269890835087, 2.4801484388380035e-05,
        2.755724007735639e-06, 2.763304334996162e-07, 2.5110348050125477e-08};

    private Sigmoid() {
    }

    /** {@code 1 / (1 + e^-z)}. */
    public static double of(double z) {
        double u = Math.max(-Math.abs(z), MIN_U);
        double kd = (u * LOG2E + ROUND) - ROUND;
        double r = (u - kd * LN2_HI) - kd * LN2_LO;
        long k = (long) kd;
        long k1 = k >> 1;
        double t = expPolynomial(r) * Double.longBitsToDouble((k1 + 1023) << 52)
                * Double.longBitsToDouble((k - k1 + 1023) << 52);
        return (z < 0 ? t : 1.0) / (1.0 + t);
    }

    /** {@code a[i] = 1 / (1 + e^-z[i])} for {@code from <= i < to}, on the vector lanes when the engine has them. */
    public static void apply(double[] z, double[] a, int from, int to) {
        if (Kernels.VECTOR) {
            VectorSigmoid.apply(z, a, from, to);
        } else {
            for (int i = from; i < to; i++) {
                a[i] = of(z[i]);
            }
        }
    }

    private static double expPolynomial(double r) {
        double r2 = r * r;
        double r4 = r2 * r2;
        double q0 = (C[0] + r) + (C[2] + C[3] * r) * r2;
        double q1 = (C[4] + C[5] * r) + (C[6] + C[7] * r) * r2;
        double q2 = (C[8] + C[9] * r) + (C[10] + C[11] * r) * r2;
        return (q0 + q1 * r4) + q2 * (r4 * r4);
    }
}

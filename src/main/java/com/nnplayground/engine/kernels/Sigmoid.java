package com.nnplayground.engine.kernels;

/**
 * The sigmoid {@code 1 / (1 + e^-z)}, with the engine's own exp: what {@link com.nnplayground.engine.Activation#SIGMOID}
 * computes for one value and for arrays, on the vector lanes ({@link VectorSigmoid}) or without them, with the same
 * operations in the same order, so the same bits either way.
 *
 * <p>{@code t = e^u} for {@code u = -|z|} (so {@code t <= 1} never overflows), then {@code 1 / (1 + t)} for
 * {@code z >= 0} and {@code t / (1 + t)} below. The exp: {@code k = round(u / ln 2)} (by adding and subtracting
 * 1.5 * 2^52), {@code r = u - k ln 2} in two parts (Cody-Waite: {@code k * LN2_HI} is exact), {@code e^r} by its
 * Taylor polynomial of degree 13 on {@code |r| <= 0.35} (truncation below 5e-18, evaluated in Estrin's scheme so its
 * terms do not wait on each other), and {@code 2^k} built from the bits of k as two factors, so that it stays exact
 * down to the subnormal results of {@code z} near -745. Relative error against {@code 1 / (1 + Math.exp(-z))}:
 * below 1e-15 ({@code SigmoidTest}). NaN stays NaN.
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
    static final double[] C = new double[14];

    static {
        double factorial = 1;
        for (int i = 0; i < C.length; i++) {
            factorial *= Math.max(i, 1);
            C[i] = 1.0 / factorial;
        }
    }

    private Sigmoid() {
    }

    /** {@code 1 / (1 + e^-z)}. */
    public static double of(double z) {
        double u = Math.max(-Math.abs(z), MIN_U);
        double kd = (u * LOG2E + ROUND) - ROUND;
        double r = (u - kd * LN2_HI) - kd * LN2_LO;
        long k = (long) kd;
        long k1 = k >> 1;
        double t = expTaylor(r) * Double.longBitsToDouble((k1 + 1023) << 52)
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

    private static double expTaylor(double r) {
        double r2 = r * r;
        double r4 = r2 * r2;
        double q0 = (C[0] + C[1] * r) + (C[2] + C[3] * r) * r2;
        double q1 = (C[4] + C[5] * r) + (C[6] + C[7] * r) * r2;
        double q2 = (C[8] + C[9] * r) + (C[10] + C[11] * r) * r2;
        double q3 = C[12] + C[13] * r;
        return (q0 + q1 * r4) + (q2 + q3 * r4) * (r4 * r4);
    }
}

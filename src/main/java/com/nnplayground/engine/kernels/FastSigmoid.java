package com.nnplayground.engine.kernels;

/**
 * How {@link com.nnplayground.engine.Activation#SIGMOID} applies itself to an array: {@code 1 / (1 + e^-z)} with an
 * exp that C2 vectorises, where {@link Math#exp} is a scalar call (~5.5 ns per element here) and an exp that
 * assembles {@code 2^k} from bits ({@code Double.longBitsToDouble}) does not vectorise.
 *
 * <p>With {@code u = min(|z|, 44)}: {@code t = e^-u = (e^(-u/64))^64}, the inner exp by its Taylor polynomial of
 * degree 16 on {@code [-0.69, 0]} (truncation below 1e-17, evaluated in Estrin's scheme so its terms do not wait on
 * each other), then six squarings; the sigmoid is {@code 1 / (1 + t)} for {@code z >= 0} and {@code t / (1 + t)}
 * below, chosen by arithmetic ({@code h} is 1 for negative z, 0 otherwise: C2 vectorises min and max, not a
 * branch). Only double arithmetic, in two short loops over the same indices, the first writing t into {@code a}:
 * C2 vectorises neither one loop doing it all nor loops whose arrays are indexed differently. About 1.5-2 ns per
 * element; the six squarings multiply the polynomial's rounding error by up to 64, so the relative error against
 * {@link Math#exp}'s sigmoid is below 3e-14 (bench/README.md, round 3, has the alternatives measured).
 *
 * <p>For z above 44 the sigmoid is 1 either way (e^-44 is below half an ulp of 1), and the few z below -44 are
 * recomputed with {@link Math#exp}. NaN stays NaN. Below {@link #MIN_ELEMENTS} elements the loops' set-up costs
 * more than they save, so Math.exp is used (the seed's 3-4-1 network on 4 rows runs on it).
 */
public final class FastSigmoid {

    public static final int MIN_ELEMENTS = 128;
    private static final double LIMIT = 44.0;
    private static final double[] TAYLOR = new double[17];

    static {
        double factorial = 1;
        for (int i = 0; i < TAYLOR.length; i++) {
            factorial *= Math.max(i, 1);
            TAYLOR[i] = 1.0 / factorial;
        }
    }

    private static final double C0 = TAYLOR[0], C1 = TAYLOR[1], C2 = TAYLOR[2], C3 = TAYLOR[3], C4 = TAYLOR[4],
            C5 = TAYLOR[5], C6 = TAYLOR[6], C7 = TAYLOR[7], C8 = TAYLOR[8], C9 = TAYLOR[9], C10 = TAYLOR[10],
            C11 = TAYLOR[11], C12 = TAYLOR[12], C13 = TAYLOR[13], C14 = TAYLOR[14], C15 = TAYLOR[15],
            C16 = TAYLOR[16];

    private FastSigmoid() {
    }

    /** {@code a[i] = 1 / (1 + e^-z[i])} for the first {@code n} elements; {@code a} must be another array than {@code z}. */
    public static void apply(double[] z, double[] a, int n) {
        if (n < MIN_ELEMENTS) {
            for (int i = 0; i < n; i++) {
                a[i] = 1.0 / (1.0 + Math.exp(-z[i]));
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            double x = Math.min(Math.abs(z[i]), LIMIT) * -0x1.0p-6;
            double x2 = x * x;
            double x4 = x2 * x2;
            double x8 = x4 * x4;
            double low = ((C0 + C1 * x) + (C2 + C3 * x) * x2) + ((C4 + C5 * x) + (C6 + C7 * x) * x2) * x4;
            double high = ((C8 + C9 * x) + (C10 + C11 * x) * x2)
                    + (((C12 + C13 * x) + (C14 + C15 * x) * x2) + C16 * x4) * x4;
            a[i] = low + high * x8;
        }
        for (int i = 0; i < n; i++) {
            double e = a[i];
            e *= e;
            e *= e;
            e *= e;
            e *= e;
            e *= e;
            e *= e;
            double negative = Math.min(Math.max(z[i] * -0x1.0p1000, 0.0), 1.0);
            a[i] = (negative * e + (1.0 - negative)) / (1.0 + e);
        }
        for (int i = 0; i < n; i++) {
            if (z[i] < -LIMIT) {
                a[i] = 1.0 / (1.0 + Math.exp(-z[i]));
            }
        }
    }
}

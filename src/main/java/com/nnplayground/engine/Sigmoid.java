package com.nnplayground.engine;

/**
 * The sigmoid {@code 1 / (1 + e^-z)} of many elements at once, with an exp that C2 (JDK 17) vectorises:
 * {@link Math#exp} is a scalar call (~5.5 ns per element here), and an exp that assembles {@code 2^k} from bits
 * ({@code Double.longBitsToDouble}) does not vectorise on 17 either.
 *
 * <p>The exp uses only double arithmetic: {@code x = k ln2 + r} with {@code k = rint(x / ln2)} (Cody-Waite, ln2 in
 * two parts, so r is exact to ~1 ulp), {@code e^r} by its Taylor polynomial of degree 13 ({@code |r| <= ln2/2},
 * truncation below 1e-17), and {@code 2^k} as a product of exact powers of two chosen by the bits of k + 64,
 * each bit taken as {@code e - 2 rint(e/2 - 1/4)}. Measured: relative error below 5e-16 against {@link Math#exp},
 * ~2.5 ns per element. The work is split into four short loops over the same indices: C2 unrolls (and so
 * vectorises) only small loop bodies, and only loops whose arrays are all indexed by the same {@code i}.
 *
 * <p>Arguments are clamped to {@code |x| <= 44} so k + 64 stays in 0..127: for z above 44 the sigmoid is 1 either
 * way (e^-44 is below half an ulp of 1), and the few z below -44 are recomputed with {@link Math#exp}. NaN stays
 * NaN. Below {@link #MIN_ELEMENTS} elements the loops' set-up costs more than they save, so Math.exp is used.
 */
final class Sigmoid implements Parallel.Rows {

    static final int MIN_ELEMENTS = 128;
    /**
     * From this many samples a neuron-major layer is worked on a neuron at a time (shared between threads when
     * large); below, its neurons are first copied side by side (measured on classroom, 8 x 150: 3.7 us with the
     * copies against 4.2 us neuron by neuron).
     */
    static final int EACH_NEURON_ROWS = 512;
    /** What one sigmoid costs in multiply-adds, for {@link Parallel}'s decision to split a layer. */
    private static final int COST = 20;
    private static final double LIMIT = 44.0;
    private static final double LOG2E = 1.4426950408889634;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double[] TAYLOR = new double[14];

    static {
        double factorial = 1;
        for (int i = 0; i < TAYLOR.length; i++) {
            factorial *= Math.max(i, 1);
            TAYLOR[i] = 1.0 / factorial;
        }
    }

    private static final double C2 = TAYLOR[2], C3 = TAYLOR[3], C4 = TAYLOR[4], C5 = TAYLOR[5], C6 = TAYLOR[6],
            C7 = TAYLOR[7], C8 = TAYLOR[8], C9 = TAYLOR[9], C10 = TAYLOR[10], C11 = TAYLOR[11], C12 = TAYLOR[12],
            C13 = TAYLOR[13];

    /** Per element: k, then the remaining bits of k + 64. */
    private final double[] k;
    /** Per element: r, then the power of two assembled so far. */
    private final double[] r;
    /** A layer's z's and a's side by side, when its neurons have too few samples each to be worth a call each. */
    private final double[] gatheredZ;
    private final double[] gatheredA;
    /** Per neuron, for layers worked on a neuron at a time (possibly by several threads): k and r as above. */
    private final double[][] neuronK;
    private final double[][] neuronR;
    private double[][] currentZ;
    private double[][] currentA;
    private int currentRows;

    /** For flat arrays of up to {@code maxElements}. */
    Sigmoid(int maxElements) {
        this(maxElements, 0, 0);
    }

    /** For flat arrays of up to {@code maxElements} and neuron-major layers of up to {@code neurons x rows}. */
    Sigmoid(int maxElements, int neurons, int rows) {
        k = new double[maxElements];
        r = new double[maxElements];
        gatheredZ = new double[maxElements];
        gatheredA = new double[maxElements];
        neuronK = new double[rows >= EACH_NEURON_ROWS ? neurons : 0][rows];
        neuronR = new double[rows >= EACH_NEURON_ROWS ? neurons : 0][rows];
    }

    /** {@code a[i] = 1 / (1 + e^-z[i])} for the first {@code n} elements. */
    void apply(double[] z, double[] a, int n) {
        if (n < MIN_ELEMENTS) {
            exact(z, a, n);
        } else {
            fast(z, a, n, k, r);
        }
    }

    /**
     * {@code a[j][s] = 1 / (1 + e^-z[j][s])} for {@code j < neurons}, {@code s < rows}: a neuron-major layer. The
     * exp is chosen by the layer's element count, as for a flat layer, so the bits do not depend on the layout.
     */
    void apply(double[][] z, double[][] a, int neurons, int rows) {
        int n = neurons * rows;
        if (n < MIN_ELEMENTS) {
            for (int j = 0; j < neurons; j++) {
                exact(z[j], a[j], rows);
            }
        } else if (rows >= EACH_NEURON_ROWS) {
            currentZ = z;
            currentA = a;
            currentRows = rows;
            Parallel.forRows(neurons, (long) rows * COST, this);
            currentZ = null;
            currentA = null;
        } else {
            for (int j = 0; j < neurons; j++) {
                System.arraycopy(z[j], 0, gatheredZ, j * rows, rows);
            }
            fast(gatheredZ, gatheredA, n, k, r);
            for (int j = 0; j < neurons; j++) {
                System.arraycopy(gatheredA, j * rows, a[j], 0, rows);
            }
        }
    }

    /** Neurons {@code from..to} of the layer given to {@link #apply(double[][], double[][], int, int)}. */
    @Override
    public void compute(int from, int to) {
        for (int j = from; j < to; j++) {
            fast(currentZ[j], currentA[j], currentRows, neuronK[j], neuronR[j]);
        }
    }

    private static void exact(double[] z, double[] a, int n) {
        for (int i = 0; i < n; i++) {
            a[i] = 1.0 / (1.0 + Math.exp(-z[i]));
        }
    }

    private static void fast(double[] z, double[] a, int n, double[] kk, double[] rr) {
        for (int i = 0; i < n; i++) {
            double x = Math.min(Math.max(-z[i], -LIMIT), LIMIT);
            double ki = Math.rint(x * LOG2E);
            kk[i] = ki;
            rr[i] = (x - ki * LN2_HI) - ki * LN2_LO;
        }
        for (int i = 0; i < n; i++) {
            double x = rr[i];
            double p = C13;
            p = p * x + C12;
            p = p * x + C11;
            p = p * x + C10;
            p = p * x + C9;
            p = p * x + C8;
            p = p * x + C7;
            p = p * x + C6;
            p = p * x + C5;
            p = p * x + C4;
            p = p * x + C3;
            p = p * x + C2;
            p = p * x + 1.0;
            a[i] = p * x + 1.0;
        }
        for (int i = 0; i < n; i++) {
            double e = kk[i] + 64.0;
            double h = Math.rint(e * 0.5 - 0.25);
            double s = 1.0 + (e - 2.0 * h);
            e = h;
            h = Math.rint(e * 0.5 - 0.25);
            s *= 1.0 + (e - 2.0 * h) * 3.0;
            e = h;
            h = Math.rint(e * 0.5 - 0.25);
            s *= 1.0 + (e - 2.0 * h) * 15.0;
            kk[i] = h;
            rr[i] = s;
        }
        for (int i = 0; i < n; i++) {
            double e = kk[i];
            double h = Math.rint(e * 0.5 - 0.25);
            double s = rr[i] * (1.0 + (e - 2.0 * h) * 255.0);
            e = h;
            h = Math.rint(e * 0.5 - 0.25);
            s *= 1.0 + (e - 2.0 * h) * 65535.0;
            e = h;
            h = Math.rint(e * 0.5 - 0.25);
            s *= 1.0 + (e - 2.0 * h) * 4294967295.0;
            s *= 1.0 + h * 0x1.0p64;
            a[i] = 1.0 / (1.0 + a[i] * s * 0x1.0p-64);
        }
        for (int i = 0; i < n; i++) {
            if (z[i] < -LIMIT) {
                a[i] = 1.0 / (1.0 + Math.exp(-z[i]));
            }
        }
    }
}

package com.nnplayground.engine;

/**
 * The sigmoid {@code 1 / (1 + e^-z)} of many elements at once, with an exp that C2 (JDK 17) vectorises:
 * {@link Math#exp} is a scalar call (~5.5 ns per element here), and an exp that assembles {@code 2^k} from bits
 * ({@code Double.longBitsToDouble}) does not vectorise on 17 either.
 *
 * <p>With {@code u = min(|z|, 44)}: {@code t = e^-u = (e^(-u/64))^64}, the inner exp by its Taylor polynomial of
 * degree 16 on {@code [-0.69, 0]} (truncation below 1e-17, evaluated in Estrin's scheme so its terms do not wait on
 * each other), then six squarings; the sigmoid is {@code 1 / (1 + t)} for {@code z >= 0} and {@code t / (1 + t)}
 * below, chosen by arithmetic ({@code h} is 1 for negative z, 0 otherwise: C2 17 vectorises min and max, not a
 * branch). Only double arithmetic, in two short loops over the same indices: C2 unrolls (and so vectorises) only
 * small loop bodies, and only loops whose arrays are all indexed by the same {@code i}. Measured: ~2 ns per element
 * against 3.1 ns for the previous Cody-Waite exp with 2^k assembled from the bits of k; the six squarings multiply
 * the polynomial's rounding error by up to 64, so the relative error against {@link Math#exp}'s sigmoid is below
 * 3e-14 (it was 5e-16; the weights a run learns are not affected at any precision a user sees).
 *
 * <p>For z above 44 the sigmoid is 1 either way (e^-44 is below half an ulp of 1), and the few z below -44 are
 * recomputed with {@link Math#exp}. NaN stays NaN. Below {@link #MIN_ELEMENTS} elements the loops' set-up costs
 * more than they save, so Math.exp is used (the seed's 3-4-1 network on 4 rows stays bit-for-bit on it).
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

    /** Per element: {@code e^(-u/64)}. */
    private final double[] t;
    /** A layer's z's and a's side by side, when its neurons have too few samples each to be worth a call each. */
    private final double[] gatheredZ;
    private final double[] gatheredA;
    /** Per neuron, for layers worked on a neuron at a time (possibly by several threads): t as above. */
    private final double[][] neuronT;
    private double[][] currentZ;
    private double[][] currentA;
    private int currentRows;

    /** For flat arrays of up to {@code maxElements}. */
    Sigmoid(int maxElements) {
        this(maxElements, 0, 0);
    }

    /** For flat arrays of up to {@code maxElements} and neuron-major layers of up to {@code neurons x rows}. */
    Sigmoid(int maxElements, int neurons, int rows) {
        t = new double[maxElements];
        gatheredZ = new double[maxElements];
        gatheredA = new double[maxElements];
        neuronT = new double[rows >= EACH_NEURON_ROWS ? neurons : 0][rows];
    }

    /** {@code a[i] = 1 / (1 + e^-z[i])} for the first {@code n} elements. */
    void apply(double[] z, double[] a, int n) {
        if (n < MIN_ELEMENTS) {
            exact(z, a, n);
        } else {
            fast(z, a, n, t);
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
            fast(gatheredZ, gatheredA, n, t);
            for (int j = 0; j < neurons; j++) {
                System.arraycopy(gatheredA, j * rows, a[j], 0, rows);
            }
        }
    }

    /** Neurons {@code from..to} of the layer given to {@link #apply(double[][], double[][], int, int)}. */
    @Override
    public void compute(int from, int to) {
        for (int j = from; j < to; j++) {
            fast(currentZ[j], currentA[j], currentRows, neuronT[j]);
        }
    }

    private static void exact(double[] z, double[] a, int n) {
        for (int i = 0; i < n; i++) {
            a[i] = 1.0 / (1.0 + Math.exp(-z[i]));
        }
    }

    private static void fast(double[] z, double[] a, int n, double[] tt) {
        for (int i = 0; i < n; i++) {
            double x = Math.min(Math.abs(z[i]), LIMIT) * -0x1.0p-6;
            double x2 = x * x;
            double x4 = x2 * x2;
            double x8 = x4 * x4;
            double low = ((C0 + C1 * x) + (C2 + C3 * x) * x2) + ((C4 + C5 * x) + (C6 + C7 * x) * x2) * x4;
            double high = ((C8 + C9 * x) + (C10 + C11 * x) * x2)
                    + (((C12 + C13 * x) + (C14 + C15 * x) * x2) + C16 * x4) * x4;
            tt[i] = low + high * x8;
        }
        for (int i = 0; i < n; i++) {
            double e = tt[i];
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

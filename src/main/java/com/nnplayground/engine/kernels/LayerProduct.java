package com.nnplayground.engine.kernels;

/**
 * A {@link Products#multiply} whose outputs {@link KernelThreads} may share out: it holds the operands of the current
 * call in fields, so handing it to other threads allocates nothing. Each output is computed by one thread with the
 * same loop, so the bits never depend on the thread count.
 *
 * <p>A product as wide as a batch (the forward pass, the deltas passed back) is shared out by columns, in slices of
 * {@link #SLICE}: each slice of the right operand is then packed once, by the thread that uses it. A narrow one (a
 * weight gradient, as wide as a layer) is shared out by rows, one chunk per thread, since every chunk of rows packs
 * the whole right operand again.
 */
final class LayerProduct implements KernelThreads.Job {

    /**
     * The columns of one share of a product split by columns: a packed panel's width at 8 lanes, two panels at 4, so
     * a share never splits a panel whatever the lanes.
     */
    static final int SLICE = 4 * NeuronMajor.PAD;

    private final KernelThreads threads;
    /** One scratch panel per thread that may compute a share of a product (its {@code worker} index). */
    private final double[][] panels;
    private double[] x;
    private int xp;
    private int xc;
    private double[] y;
    private int ys;
    private double[] out;
    private int os;
    private int inner;
    private int width;
    private double[] bias;
    private int rows;
    private boolean byColumns;
    private boolean onto;

    LayerProduct(KernelThreads threads) {
        this.threads = threads;
        this.panels = new double[threads.threads()][Products.PANEL_DOUBLES];
    }

    /** {@link Products#multiply} for rows {@code 0..rows} and columns {@code 0..width}. */
    void multiply(double[] x, int xp, int xc, double[] y, int ys, double[] out, int os, int inner, int width,
                  double[] bias, int rows) {
        multiply(x, xp, xc, y, ys, out, os, inner, width, bias, rows, false);
    }

    /** As above, each sum carried on from {@code out}'s value when {@code onto} ({@link Products#multiply}). */
    void multiply(double[] x, int xp, int xc, double[] y, int ys, double[] out, int os, int inner, int width,
                  double[] bias, int rows, boolean onto) {
        this.onto = onto;
        this.x = x;
        this.xp = xp;
        this.xc = xc;
        this.y = y;
        this.ys = ys;
        this.out = out;
        this.os = os;
        this.inner = inner;
        this.width = width;
        this.bias = bias;
        this.rows = rows;
        int slices = (width + SLICE - 1) / SLICE;
        int n = threads.threads();
        this.byColumns = slices >= KernelThreads.CHUNKS_PER_THREAD * n;
        if (byColumns) {
            threads.split(slices, (long) inner * rows * SLICE, this);
        } else {
            threads.split(rows, (long) inner * width, 1, this);
        }
        this.x = null;
        this.y = null;
        this.out = null;
        this.bias = null;
    }

    @Override
    public void compute(int from, int to, int worker) {
        if (byColumns) {
            Kernels.PRODUCTS.multiply(x, xp, xc, y, ys, out, os, inner, from * SLICE, Math.min(width, to * SLICE),
                    bias, 0, rows, onto, panels[worker]);
        } else {
            Kernels.PRODUCTS.multiply(x, xp, xc, y, ys, out, os, inner, 0, width, bias, from, to, onto, panels[worker]);
        }
    }
}

package com.nnplayground.engine.kernels;

/**
 * A {@link Products#multiply} whose rows {@link KernelThreads} may share out: it holds the operands of the current
 * call in fields, so handing it to other threads allocates nothing. Each row is computed by one thread with the
 * same loop, so the bits never depend on the thread count.
 */
final class LayerProduct implements KernelThreads.Rows {

    private final KernelThreads threads;
    /** One scratch panel per thread that may compute rows. */
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

    LayerProduct(KernelThreads threads) {
        this.threads = threads;
        this.panels = new double[threads.threads()][Products.PANEL_DOUBLES];
    }

    /** {@link Products#multiply} for rows {@code 0..rows}. */
    void multiply(double[] x, int xp, int xc, double[] y, int ys, double[] out, int os, int inner, int width,
                  double[] bias, int rows) {
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
        threads.forRows(rows, (long) inner * width, this);
        this.x = null;
        this.y = null;
        this.out = null;
        this.bias = null;
    }

    @Override
    public void compute(int from, int to, int worker) {
        Kernels.PRODUCTS.multiply(x, xp, xc, y, ys, out, os, inner, width, bias, from, to, panels[worker]);
    }
}

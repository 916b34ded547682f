package com.nnplayground.engine;

/**
 * One reusable matrix product whose output rows may be shared out by {@link Parallel}: it holds the operands
 * of the current call in fields, so handing it to other threads allocates nothing.
 */
final class Product implements Parallel.Rows {

    private boolean transposedLeft;
    private double[] left;
    private double[] right;
    private double[] out;
    private int rows;
    private int inner;
    private int cols;

    /** {@code out[rows x cols] = a[rows x inner] · w[inner x cols]}. */
    void multiply(double[] a, int rows, int inner, double[] w, int cols, double[] out) {
        set(false, a, w, out, rows, inner, cols);
        Parallel.forRows(rows, (long) inner * cols, this);
    }

    /** {@code out[m x n] = a[rows x m]^T · d[rows x n]}: the weight gradient of a layer. */
    void multiplyTransposedLeft(double[] a, int rows, int m, double[] d, int n, double[] out) {
        set(true, a, d, out, rows, m, n);
        Parallel.forRows(m, (long) rows * n, this);
    }

    @Override
    public void compute(int from, int to) {
        if (transposedLeft) {
            Matrices.multiplyTransposedLeft(left, rows, inner, right, cols, out, from, to);
        } else {
            Matrices.multiply(left, inner, right, cols, out, from, to);
        }
    }

    private void set(boolean transposedLeft, double[] left, double[] right, double[] out, int rows, int inner,
                     int cols) {
        this.transposedLeft = transposedLeft;
        this.left = left;
        this.right = right;
        this.out = out;
        this.rows = rows;
        this.inner = inner;
        this.cols = cols;
    }
}

package com.nnplayground.engine;

/**
 * One reusable matrix product whose output rows may be shared out by {@link Parallel}: it holds the operands
 * of the current call in fields, so handing it to other threads allocates nothing.
 *
 * <p>Outputs at least {@link #ROWS_MIN_WIDTH} wide are computed on one array per row (see
 * {@link Matrices#multiplyRows}): the right operand is copied into {@code rightRows} first and each output row
 * is built in {@code outRows}, then copied into the flat result by the thread that computed it. The buffers are
 * sized by the constructor for the products its owner will ask for (they would grow if a larger one came). Narrower outputs keep the flat
 * kernels, whose inner loops are too short to vectorise anyway. Both paths sum in the same order (same bits).
 */
final class Product implements Parallel.Rows {

    /** Measured on classroom (4,8,3): 8 gives 51k it/s against 45k with 16 (medians of 5, alternated). */
    static final int ROWS_MIN_WIDTH = 8;

    private boolean transposedLeft;
    private boolean byRows;
    private double[] left;
    private double[] right;
    private double[] out;
    private int rows;
    private int inner;
    private int cols;
    private double[][] rightRows;
    private double[][] outRows;

    /**
     * For products whose operands have at most {@code maxRows} rows (samples, or a layer's fan-in) and whose
     * outputs are at most {@code maxCols} wide.
     */
    Product(int maxRows, int maxCols) {
        int cols = maxCols >= ROWS_MIN_WIDTH ? maxCols : 0;
        int rows = cols == 0 ? 0 : maxRows;
        rightRows = new double[rows][cols];
        outRows = new double[rows][cols];
    }

    /** {@code out[rows x cols] = a[rows x inner] · w[inner x cols]}. */
    void multiply(double[] a, int rows, int inner, double[] w, int cols, double[] out) {
        set(false, a, w, out, rows, inner, cols);
        if (byRows) {
            rightRows = grown(rightRows, inner, cols);
            outRows = grown(outRows, rows, cols);
            Matrices.toRows(w, inner, cols, rightRows);
        }
        Parallel.forRows(rows, (long) inner * cols, this);
    }

    /** {@code out[m x n] = a[rows x m]^T · d[rows x n]}: the weight gradient of a layer. */
    void multiplyTransposedLeft(double[] a, int rows, int m, double[] d, int n, double[] out) {
        set(true, a, d, out, rows, m, n);
        if (byRows) {
            rightRows = grown(rightRows, rows, n);
            outRows = grown(outRows, m, n);
            Matrices.toRows(d, rows, n, rightRows);
        }
        Parallel.forRows(m, (long) rows * n, this);
    }

    @Override
    public void compute(int from, int to) {
        if (byRows) {
            if (transposedLeft) {
                Matrices.multiplyTransposedLeftRows(left, rows, inner, rightRows, cols, outRows, from, to);
            } else {
                Matrices.multiplyRows(left, inner, rightRows, cols, outRows, from, to);
            }
            Matrices.fromRows(outRows, cols, out, from, to);
        } else if (transposedLeft) {
            Matrices.multiplyTransposedLeftNarrow(left, rows, inner, right, cols, out, from, to);
        } else {
            Matrices.multiplyNarrow(left, inner, right, cols, out, from, to);
        }
    }

    private void set(boolean transposedLeft, double[] left, double[] right, double[] out, int rows, int inner,
                     int cols) {
        this.transposedLeft = transposedLeft;
        this.byRows = cols >= ROWS_MIN_WIDTH;
        this.left = left;
        this.right = right;
        this.out = out;
        this.rows = rows;
        this.inner = inner;
        this.cols = cols;
    }

    /** {@code buffer}, or a larger one when it has fewer than {@code rows} rows of {@code cols}. */
    private static double[][] grown(double[][] buffer, int rows, int cols) {
        if (buffer.length >= rows && (rows == 0 || buffer[0].length >= cols)) {
            return buffer;
        }
        int width = Math.max(cols, buffer.length == 0 ? 0 : buffer[0].length);
        return new double[Math.max(rows, buffer.length)][width];
    }
}

package com.nnplayground.engine.kernels;

/**
 * The two products of training on the neuron-major layout ({@link NeuronMajor}), with output rows shared out by
 * {@link KernelThreads} when large: it holds the operands of the current call in fields, so handing it to other threads
 * allocates nothing. Each output row is computed by one thread with the same loop, so the bits never depend on
 * the thread count.
 */
final class LayerProduct implements KernelThreads.Rows {

    /** Weight gradients at least this wide are summed along rows ({@link GradientSums#dotsAlongRows}). */
    static final int ALONG_ROWS_WIDTH = 32;

    /** What the current call computes; the fields below hold its operands. */
    private enum Kind { COMBINE, DOTS, DOTS_ALONG_ROWS }

    private Kind kind;
    private double[] w;
    private int strideM;
    private int strideK;
    /** combine: the inputs {@code in[k]}; dots: the activations {@code a[i]}. */
    private double[][] in;
    /** combine: the number of inputs; dots: the gradient's width n. */
    private int inner;
    /** combine: the samples per array; dots: the samples summed over. */
    private int span;
    /** combine: the outputs {@code out[m]}; dots: the deltas {@code d[j]}. */
    private double[][] out;
    private double[] gradient;
    /** For wide gradients: the deltas sample-major, and each gradient row before it is copied into the flat one. */
    private final double[][] deltaRows;
    private final double[][] gradientRows;
    private final KernelThreads threads;

    /**
     * For layers of at most {@code maxRows} samples and {@code maxFanIn} inputs whose gradients are at most
     * {@code maxWidth} wide: the buffers of wide gradients are sized here, so training allocates nothing.
     */
    LayerProduct(int maxRows, int maxFanIn, int maxWidth, KernelThreads threads) {
        this.threads = threads;
        boolean wide = maxWidth >= ALONG_ROWS_WIDTH;
        deltaRows = new double[wide ? maxRows : 0][wide ? maxWidth : 0];
        gradientRows = new double[wide ? maxFanIn : 0][wide ? maxWidth : 0];
    }

    /**
     * {@code out[m][s] = sum_k A(m, k) in[k][s]} for {@code m < outRows}, {@code s < span}, with
     * {@code A(m, k) = w[m * strideM + k * strideK]} (see {@link WeightedSums#combine}).
     */
    void combine(double[] w, int strideM, int strideK, double[][] in, int inner, int span, double[][] out,
                 int outRows) {
        this.kind = Kind.COMBINE;
        this.w = w;
        this.strideM = strideM;
        this.strideK = strideK;
        this.in = in;
        this.inner = inner;
        this.span = span;
        this.out = out;
        threads.forRows(outRows, (long) inner * span, this);
        release();
    }

    /** {@code gradient[i n + j] = sum_{s < rows} a[i][s] d[j][s]} for {@code i < m}, {@code j < n}. */
    void dots(double[][] a, int m, double[][] d, int n, int rows, double[] gradient) {
        this.kind = n >= ALONG_ROWS_WIDTH ? Kind.DOTS_ALONG_ROWS : Kind.DOTS;
        if (kind == Kind.DOTS_ALONG_ROWS) {
            NeuronMajor.toRows(d, rows, n, deltaRows);
        }
        this.in = a;
        this.out = d;
        this.inner = n;
        this.span = rows;
        this.gradient = gradient;
        threads.forRows(m, (long) n * rows, this);
        release();
    }

    @Override
    public void compute(int from, int to) {
        switch (kind) {
            case COMBINE -> WeightedSums.combine(w, strideM, strideK, in, inner, span, out, from, to);
            case DOTS -> GradientSums.dots(in, out, span, inner, gradient, from, to);
            case DOTS_ALONG_ROWS -> {
                GradientSums.dotsAlongRows(in, deltaRows, span, inner, gradientRows, from, to);
                for (int i = from; i < to; i++) {
                    System.arraycopy(gradientRows[i], 0, gradient, i * inner, inner);
                }
            }
        }
    }

    private void release() {
        w = null;
        in = null;
        out = null;
        gradient = null;
    }
}

package com.nnplayground.engine.kernels;

import java.util.Arrays;

/** {@link Products} in plain loops, for a JVM without {@code jdk.incubator.vector}. */
final class ScalarProducts implements Products {

    @Override
    public void multiply(double[] x, int xp, int xc, double[] y, int ys, double[] out, int os, int inner, int q0,
                         int q1, double[] bias, int from, int to, boolean onto, double[] panel) {
        for (int p = from; p < to; p++) {
            int o = p * os;
            if (!onto) {
                Arrays.fill(out, o + q0, o + q1, 0.0);
            }
            for (int c = 0; c < inner; c++) {
                double xpc = x[p * xp + c * xc];
                int row = c * ys;
                for (int q = q0; q < q1; q++) {
                    out[o + q] += xpc * y[row + q];
                }
            }
            if (bias != null) {
                for (int q = q0; q < q1; q++) {
                    out[o + q] += bias[p];
                }
            }
        }
    }

    @Override
    public void toSampleRows(double[] in, int stride, int n, int rows, double[] out, int outStride) {
        transpose(in, stride, n, rows, out, outStride);
    }

    /** Eight neurons at a time, so each sample's row is written in one run (twice as fast as neuron by neuron). */
    static void transpose(double[] in, int stride, int n, int rows, double[] out, int outStride) {
        int j = 0;
        for (; j + 8 <= n; j += 8) {
            int r = j * stride;
            for (int s = 0; s < rows; s++) {
                int o = s * outStride + j;
                for (int i = 0; i < 8; i++) {
                    out[o + i] = in[r + i * stride + s];
                }
            }
        }
        NeuronMajor.toRows(in, stride, j, n, rows, out, outStride);
    }
}

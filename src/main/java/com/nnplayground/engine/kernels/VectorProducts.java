package com.nnplayground.engine.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Products} on the vector lanes: register tiles of 4 rows by 3 vectors (12 sums held in registers while c
 * runs, each step loading 3 vectors of y and broadcasting 4 values of x), with smaller tiles at the edges. c is
 * taken in blocks, and each block's 3-vector slice of y is first copied into a contiguous panel (32 KB, inside a
 * core's L1) that every row of the call then reads: read in place, rows thousands of doubles apart cost a TLB miss
 * each, and the variable stride kept C2 from dropping the bounds checks. A tile's sums are stored between blocks and
 * picked up again, which keeps every sum's order. Multiplies and adds are separate operations, as in the reference
 * (a fused multiply-add rounds once, not twice, and would change the bits); on this machine they run at about 90 %
 * of the fused ones' speed (bench/README.md).
 */
final class VectorProducts implements Products {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int PANEL_ROW = 3 * L;
    /** The rows of c in a block: as many as fit a panel. */
    private static final int BLOCK = PANEL_DOUBLES / PANEL_ROW;

    /** The three steps of an 8 x 8 transpose: interleave lanes 1, 2, then 4 apart, from two vectors. */
    private static final int[][] STEPS = {
            {0, 8, 2, 10, 4, 12, 6, 14}, {1, 9, 3, 11, 5, 13, 7, 15},
            {0, 1, 8, 9, 4, 5, 12, 13}, {2, 3, 10, 11, 6, 7, 14, 15},
            {0, 1, 2, 3, 8, 9, 10, 11}, {4, 5, 6, 7, 12, 13, 14, 15}};
    private static final VectorShuffle<Double> A_LO = step(0);
    private static final VectorShuffle<Double> A_HI = step(1);
    private static final VectorShuffle<Double> B_LO = step(2);
    private static final VectorShuffle<Double> B_HI = step(3);
    private static final VectorShuffle<Double> C_LO = step(4);
    private static final VectorShuffle<Double> C_HI = step(5);

    static int lanes() {
        return L;
    }

    private static VectorShuffle<Double> step(int i) {
        return L == 8 ? VectorShuffle.fromArray(S, STEPS[i], 0) : null;
    }

    @Override
    public void multiply(double[] x, int xp, int xc, double[] y, int ys, double[] out, int os, int inner, int width,
                         double[] bias, int from, int to, double[] panel) {
        for (int c0 = 0; c0 < inner; c0 += BLOCK) {
            int c1 = Math.min(inner, c0 + BLOCK);
            boolean first = c0 == 0;
            double[] b = c1 == inner ? bias : null;
            int q = 0;
            for (; q + PANEL_ROW <= width; q += PANEL_ROW) {
                for (int c = c0; c < c1; c++) {
                    System.arraycopy(y, c * ys + q, panel, (c - c0) * PANEL_ROW, PANEL_ROW);
                }
                int p = from;
                for (; p + 4 <= to; p += 4) {
                    tile4x3(x, xp, xc, panel, out, os, p, q, c0, c1, first, b);
                }
                for (; p < to; p++) {
                    tile1x3(x, xp, xc, panel, out, os, p, q, c0, c1, first, b);
                }
            }
            for (; q < width; q += L) {
                int p = from;
                for (; p + 4 <= to; p += 4) {
                    tile4x1(x, xp, xc, y, ys, out, os, p, q, c0, c1, first, b);
                }
                for (; p < to; p++) {
                    tile1x1(x, xp, xc, y, ys, out, os, p, q, c0, c1, first, b);
                }
            }
        }
    }

    /** A tile of 4 rows by 3 vectors, over c from {@code c0} to {@code c1}, y read from the packed panel. */
    private static void tile4x3(double[] x, int xp, int xc, double[] panel, double[] out, int os, int p, int q,
                                int c0, int c1, boolean first, double[] bias) {
        int o0 = p * os + q;
        int o1 = o0 + os;
        int o2 = o1 + os;
        int o3 = o2 + os;
        int x0 = p * xp;
        int x1 = x0 + xp;
        int x2 = x1 + xp;
        int x3 = x2 + xp;
        DoubleVector c00 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0);
        DoubleVector c01 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0 + L);
        DoubleVector c02 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0 + 2 * L);
        DoubleVector c10 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1);
        DoubleVector c11 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1 + L);
        DoubleVector c12 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1 + 2 * L);
        DoubleVector c20 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o2);
        DoubleVector c21 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o2 + L);
        DoubleVector c22 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o2 + 2 * L);
        DoubleVector c30 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o3);
        DoubleVector c31 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o3 + L);
        DoubleVector c32 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o3 + 2 * L);
        for (int c = c0; c < c1; c++) {
            int row = (c - c0) * PANEL_ROW;
            DoubleVector y0 = DoubleVector.fromArray(S, panel, row);
            DoubleVector y1 = DoubleVector.fromArray(S, panel, row + L);
            DoubleVector y2 = DoubleVector.fromArray(S, panel, row + 2 * L);
            int at = c * xc;
            DoubleVector w0 = DoubleVector.broadcast(S, x[x0 + at]);
            DoubleVector w1 = DoubleVector.broadcast(S, x[x1 + at]);
            DoubleVector w2 = DoubleVector.broadcast(S, x[x2 + at]);
            DoubleVector w3 = DoubleVector.broadcast(S, x[x3 + at]);
            c00 = c00.add(w0.mul(y0)); c01 = c01.add(w0.mul(y1)); c02 = c02.add(w0.mul(y2));
            c10 = c10.add(w1.mul(y0)); c11 = c11.add(w1.mul(y1)); c12 = c12.add(w1.mul(y2));
            c20 = c20.add(w2.mul(y0)); c21 = c21.add(w2.mul(y1)); c22 = c22.add(w2.mul(y2));
            c30 = c30.add(w3.mul(y0)); c31 = c31.add(w3.mul(y1)); c32 = c32.add(w3.mul(y2));
        }
        if (bias != null) {
            DoubleVector b0 = DoubleVector.broadcast(S, bias[p]);
            DoubleVector b1 = DoubleVector.broadcast(S, bias[p + 1]);
            DoubleVector b2 = DoubleVector.broadcast(S, bias[p + 2]);
            DoubleVector b3 = DoubleVector.broadcast(S, bias[p + 3]);
            c00 = c00.add(b0); c01 = c01.add(b0); c02 = c02.add(b0);
            c10 = c10.add(b1); c11 = c11.add(b1); c12 = c12.add(b1);
            c20 = c20.add(b2); c21 = c21.add(b2); c22 = c22.add(b2);
            c30 = c30.add(b3); c31 = c31.add(b3); c32 = c32.add(b3);
        }
        c00.intoArray(out, o0); c01.intoArray(out, o0 + L); c02.intoArray(out, o0 + 2 * L);
        c10.intoArray(out, o1); c11.intoArray(out, o1 + L); c12.intoArray(out, o1 + 2 * L);
        c20.intoArray(out, o2); c21.intoArray(out, o2 + L); c22.intoArray(out, o2 + 2 * L);
        c30.intoArray(out, o3); c31.intoArray(out, o3 + L); c32.intoArray(out, o3 + 2 * L);
    }

    /** A tile of 1 row by 3 vectors, over c from {@code c0} to {@code c1}, y read from the packed panel. */
    private static void tile1x3(double[] x, int xp, int xc, double[] panel, double[] out, int os, int p, int q,
                                int c0, int c1, boolean first, double[] bias) {
        int o0 = p * os + q;
        int x0 = p * xp;
        DoubleVector c00 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0);
        DoubleVector c01 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0 + L);
        DoubleVector c02 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0 + 2 * L);
        for (int c = c0; c < c1; c++) {
            int row = (c - c0) * PANEL_ROW;
            DoubleVector y0 = DoubleVector.fromArray(S, panel, row);
            DoubleVector y1 = DoubleVector.fromArray(S, panel, row + L);
            DoubleVector y2 = DoubleVector.fromArray(S, panel, row + 2 * L);
            int at = c * xc;
            DoubleVector w0 = DoubleVector.broadcast(S, x[x0 + at]);
            c00 = c00.add(w0.mul(y0)); c01 = c01.add(w0.mul(y1)); c02 = c02.add(w0.mul(y2));
        }
        if (bias != null) {
            DoubleVector b0 = DoubleVector.broadcast(S, bias[p]);
            c00 = c00.add(b0); c01 = c01.add(b0); c02 = c02.add(b0);
        }
        c00.intoArray(out, o0); c01.intoArray(out, o0 + L); c02.intoArray(out, o0 + 2 * L);
    }

    /** A tile of 4 rows by 1 vector, over c from {@code c0} to {@code c1}, y read from y. */
    private static void tile4x1(double[] x, int xp, int xc, double[] y, int ys, double[] out, int os, int p, int q,
                                int c0, int c1, boolean first, double[] bias) {
        int o0 = p * os + q;
        int o1 = o0 + os;
        int o2 = o1 + os;
        int o3 = o2 + os;
        int x0 = p * xp;
        int x1 = x0 + xp;
        int x2 = x1 + xp;
        int x3 = x2 + xp;
        DoubleVector c00 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0);
        DoubleVector c10 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1);
        DoubleVector c20 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o2);
        DoubleVector c30 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o3);
        for (int c = c0; c < c1; c++) {
            int row = c * ys + q;
            DoubleVector y0 = DoubleVector.fromArray(S, y, row);
            int at = c * xc;
            DoubleVector w0 = DoubleVector.broadcast(S, x[x0 + at]);
            DoubleVector w1 = DoubleVector.broadcast(S, x[x1 + at]);
            DoubleVector w2 = DoubleVector.broadcast(S, x[x2 + at]);
            DoubleVector w3 = DoubleVector.broadcast(S, x[x3 + at]);
            c00 = c00.add(w0.mul(y0));
            c10 = c10.add(w1.mul(y0));
            c20 = c20.add(w2.mul(y0));
            c30 = c30.add(w3.mul(y0));
        }
        if (bias != null) {
            DoubleVector b0 = DoubleVector.broadcast(S, bias[p]);
            DoubleVector b1 = DoubleVector.broadcast(S, bias[p + 1]);
            DoubleVector b2 = DoubleVector.broadcast(S, bias[p + 2]);
            DoubleVector b3 = DoubleVector.broadcast(S, bias[p + 3]);
            c00 = c00.add(b0);
            c10 = c10.add(b1);
            c20 = c20.add(b2);
            c30 = c30.add(b3);
        }
        c00.intoArray(out, o0);
        c10.intoArray(out, o1);
        c20.intoArray(out, o2);
        c30.intoArray(out, o3);
    }

    /** A tile of 1 row by 1 vector, over c from {@code c0} to {@code c1}, y read from y. */
    private static void tile1x1(double[] x, int xp, int xc, double[] y, int ys, double[] out, int os, int p, int q,
                                int c0, int c1, boolean first, double[] bias) {
        int o0 = p * os + q;
        int x0 = p * xp;
        DoubleVector c00 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0);
        for (int c = c0; c < c1; c++) {
            int row = c * ys + q;
            DoubleVector y0 = DoubleVector.fromArray(S, y, row);
            int at = c * xc;
            DoubleVector w0 = DoubleVector.broadcast(S, x[x0 + at]);
            c00 = c00.add(w0.mul(y0));
        }
        if (bias != null) {
            DoubleVector b0 = DoubleVector.broadcast(S, bias[p]);
            c00 = c00.add(b0);
        }
        c00.intoArray(out, o0);
    }

    /**
     * 8 x 8 blocks transposed in registers (eight loads, 24 two-vector shuffles, eight stores; measured 0.18 ns
     * per element against 0.33 for {@link ScalarProducts}' loops and 0.6 neuron by neuron); the edges as there.
     */
    @Override
    public void toSampleRows(double[] in, int stride, int n, int rows, double[] out, int outStride) {
        if (L != 8) {
            ScalarProducts.transpose(in, stride, n, rows, out, outStride);
            return;
        }
        int j = 0;
        for (; j + 8 <= n; j += 8) {
            int r = j * stride;
            int s = 0;
            for (; s + 8 <= rows; s += 8) {
                transpose8(in, r + s, stride, out, s * outStride + j, outStride);
            }
            for (; s < rows; s++) {
                int o = s * outStride + j;
                for (int i = 0; i < 8; i++) {
                    out[o + i] = in[r + i * stride + s];
                }
            }
        }
        NeuronMajor.toRows(in, stride, j, n, rows, out, outStride);
    }

    private static void transpose8(double[] in, int at, int stride, double[] out, int to, int outStride) {
        DoubleVector v0 = DoubleVector.fromArray(S, in, at);
        DoubleVector v1 = DoubleVector.fromArray(S, in, at + stride);
        DoubleVector v2 = DoubleVector.fromArray(S, in, at + 2 * stride);
        DoubleVector v3 = DoubleVector.fromArray(S, in, at + 3 * stride);
        DoubleVector v4 = DoubleVector.fromArray(S, in, at + 4 * stride);
        DoubleVector v5 = DoubleVector.fromArray(S, in, at + 5 * stride);
        DoubleVector v6 = DoubleVector.fromArray(S, in, at + 6 * stride);
        DoubleVector v7 = DoubleVector.fromArray(S, in, at + 7 * stride);
        DoubleVector a0 = v0.rearrange(A_LO, v1);
        DoubleVector a1 = v0.rearrange(A_HI, v1);
        DoubleVector a2 = v2.rearrange(A_LO, v3);
        DoubleVector a3 = v2.rearrange(A_HI, v3);
        DoubleVector a4 = v4.rearrange(A_LO, v5);
        DoubleVector a5 = v4.rearrange(A_HI, v5);
        DoubleVector a6 = v6.rearrange(A_LO, v7);
        DoubleVector a7 = v6.rearrange(A_HI, v7);
        DoubleVector b0 = a0.rearrange(B_LO, a2);
        DoubleVector b1 = a1.rearrange(B_LO, a3);
        DoubleVector b2 = a0.rearrange(B_HI, a2);
        DoubleVector b3 = a1.rearrange(B_HI, a3);
        DoubleVector b4 = a4.rearrange(B_LO, a6);
        DoubleVector b5 = a5.rearrange(B_LO, a7);
        DoubleVector b6 = a4.rearrange(B_HI, a6);
        DoubleVector b7 = a5.rearrange(B_HI, a7);
        b0.rearrange(C_LO, b4).intoArray(out, to);
        b1.rearrange(C_LO, b5).intoArray(out, to + outStride);
        b2.rearrange(C_LO, b6).intoArray(out, to + 2 * outStride);
        b3.rearrange(C_LO, b7).intoArray(out, to + 3 * outStride);
        b0.rearrange(C_HI, b4).intoArray(out, to + 4 * outStride);
        b1.rearrange(C_HI, b5).intoArray(out, to + 5 * outStride);
        b2.rearrange(C_HI, b6).intoArray(out, to + 6 * outStride);
        b3.rearrange(C_HI, b7).intoArray(out, to + 7 * outStride);
    }
}

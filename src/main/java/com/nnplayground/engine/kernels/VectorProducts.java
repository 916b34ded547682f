package com.nnplayground.engine.kernels;

import static com.nnplayground.engine.kernels.PanelTiles.L;
import static com.nnplayground.engine.kernels.PanelTiles.PANEL_ROW;
import static com.nnplayground.engine.kernels.PanelTiles.S;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShuffle;

/**
 * {@link Products} on the vector lanes, in register tiles ({@link PanelTiles}, {@link EdgeTiles}) of 6 rows by 4
 * vectors (24 sums in registers while c runs, each step loading 4 vectors of y and broadcasting 6 values of x), and
 * narrower ones for the rows and columns left over. c is taken in blocks. A large y is read through a panel: each
 * block's 4-vector slice of it is first copied into a contiguous panel (32 KB, inside a core's L1) that every row of
 * the call then reads (read in place, rows thousands of doubles apart cost a TLB miss each); a small one, or one
 * that few rows read, is read in place by the same tiles. A tile's sums are stored between blocks and picked up
 * again, which keeps every sum's order. Multiplies and adds are separate operations, as in the reference (a fused
 * multiply-add rounds once, not twice, and would change the bits); on this machine they run at about 90 % of the
 * fused ones' speed (bench/README.md).
 */
final class VectorProducts implements Products {

    /** Fewer rows than this read y in place: copying a panel would cost as much as its use. */
    private static final int PACKED_ROWS = 4;
    /**
     * A y of at most this many doubles (a quarter of a core's L1, eight 4 KB pages) is read in place: there a
     * panel's copy costs more than it saves (medium's 16 x 16 products: 16 copies for 4 tiles of 16 steps; the
     * forward one 3.5 -> 2.3 us).
     */
    private static final long IN_PLACE_DOUBLES = 4096;
    /** The rows of c in a block: as many as fit a panel. */
    private static final int BLOCK = PANEL_DOUBLES / PANEL_ROW;
    /** The plain loops, for a product over no c, which the tiles' blocks of c would leave unwritten. */
    private static final Products PLAIN = new ScalarProducts();

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
    public void multiply(double[] x, int xp, int xc, double[] y, int ys, double[] out, int os, int inner, int q0,
                         int q1, double[] bias, int from, int to, boolean onto, double[] panel) {
        if (inner == 0) {
            // a block of no samples (a batch with fewer rows than blocks): 0 or what out carries, then the bias
            PLAIN.multiply(x, xp, xc, y, ys, out, os, inner, q0, q1, bias, from, to, onto, panel);
            return;
        }
        boolean pack = to - from >= PACKED_ROWS && (long) inner * ys > IN_PLACE_DOUBLES;
        for (int c0 = 0; c0 < inner; c0 += BLOCK) {
            int c1 = Math.min(inner, c0 + BLOCK);
            boolean first = c0 == 0 && !onto;
            double[] b = c1 == inner ? bias : null;
            int q = q0;
            for (; q + PANEL_ROW <= q1; q += PANEL_ROW) {
                double[] src = y;
                int at = c0 * ys + q;
                int stride = ys;
                if (pack) {
                    pack(y, ys, q, c0, c1, panel);
                    src = panel;
                    at = 0;
                    stride = PANEL_ROW;
                }
                int p = from;
                for (; p + 6 <= to; p += 6) {
                    PanelTiles.tile6x4(x, xp, xc, src, at, stride, out, os, p, q, c0, c1, first, b);
                }
                twoVectors(x, xp, xc, src, at, stride, out, os, p, to, q, c0, c1, first, b);
                twoVectors(x, xp, xc, src, at + 2 * L, stride, out, os, p, to, q + 2 * L, c0, c1, first, b);
            }
            for (; q + 2 * L <= q1; q += 2 * L) {
                twoVectors(x, xp, xc, y, c0 * ys + q, ys, out, os, from, to, q, c0, c1, first, b);
            }
            if (q < q1) {
                oneVector(x, xp, xc, y, c0 * ys + q, ys, out, os, from, to, q, c0, c1, first, b);
            }
        }
    }

    /**
     * Rows {@code p..to} of out's two vectors at column q, in {@link EdgeTiles} of 4, 2 and 1 rows; y's row c is read
     * at {@code yAt + (c - c0) * ys} (a panel's half, or y in place).
     */
    private static void twoVectors(double[] x, int xp, int xc, double[] y, int yAt, int ys, double[] out, int os,
                                   int p, int to, int q, int c0, int c1, boolean first, double[] b) {
        for (; p + 4 <= to; p += 4) {
            EdgeTiles.tile4x2(x, xp, xc, y, yAt, ys, out, os, p, q, c0, c1, first, b);
        }
        if (p + 2 <= to) {
            EdgeTiles.tile2x2(x, xp, xc, y, yAt, ys, out, os, p, q, c0, c1, first, b);
            p += 2;
        }
        if (p < to) {
            EdgeTiles.tile1x2(x, xp, xc, y, yAt, ys, out, os, p, q, c0, c1, first, b);
        }
    }

    /**
     * As {@link #twoVectors}, for the one vector at column q. The same loop twice, not once with a choice of tile:
     * that one ran medium 5-7 % slower (two runs of 11 rounds, bench/two-jars.sh's medium workload).
     */
    private static void oneVector(double[] x, int xp, int xc, double[] y, int yAt, int ys, double[] out, int os,
                                  int p, int to, int q, int c0, int c1, boolean first, double[] b) {
        for (; p + 4 <= to; p += 4) {
            EdgeTiles.tile4x1(x, xp, xc, y, yAt, ys, out, os, p, q, c0, c1, first, b);
        }
        if (p + 2 <= to) {
            EdgeTiles.tile2x1(x, xp, xc, y, yAt, ys, out, os, p, q, c0, c1, first, b);
            p += 2;
        }
        if (p < to) {
            EdgeTiles.tile1x1(x, xp, xc, y, yAt, ys, out, os, p, q, c0, c1, first, b);
        }
    }

    /** Rows {@code c0..c1} of y's four vectors at column q, one after the other in {@code panel}. */
    private static void pack(double[] y, int ys, int q, int c0, int c1, double[] panel) {
        for (int c = c0; c < c1; c++) {
            int from = c * ys + q;
            int row = (c - c0) * PANEL_ROW;
            DoubleVector.fromArray(S, y, from).intoArray(panel, row);
            DoubleVector.fromArray(S, y, from + L).intoArray(panel, row + L);
            DoubleVector.fromArray(S, y, from + 2 * L).intoArray(panel, row + 2 * L);
            DoubleVector.fromArray(S, y, from + 3 * L).intoArray(panel, row + 3 * L);
        }
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

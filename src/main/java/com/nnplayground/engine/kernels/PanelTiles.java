package com.nnplayground.engine.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The widest register tile of {@link VectorProducts}, and the panel's layout: {@link #tile6x4} computes 6 rows by 4
 * vectors of {@code out[p][q] = sum_c x(p, c) y[c][q]} for c from {@code c0} to {@code c1}, reading y's row c at
 * {@code yAt + (c - c0) * ys} (the packed panel, rows {@link #PANEL_ROW} apart, or a small y in place), holding its
 * 24 sums in registers (from 0 on the first block of c, else from {@code out}), adding {@code bias[p]} when given
 * (the last block). It keeps the 4 vectors of y in registers and broadcasts one value of x at a time: 10 loads for
 * 24 multiply-adds, where a 4 x 3 tile needs 7 for 12 (measured on wide's and large's products: about 1.4 times as
 * fast). The rows left over, fewer than 6, and the last one to three vectors of a row go to {@link EdgeTiles}. The
 * shape is written out: a loop over an array of vectors would put them on the heap. Each step of c is one multiply
 * and one add per sum, in c's order: the reference's sums, bit for bit.
 */
final class PanelTiles {

    static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    static final int L = S.length();
    static final int PANEL_ROW = 4 * L;

    private PanelTiles() {
    }

    static void tile6x4(double[] x, int xp, int xc, double[] y, int yAt, int ys, double[] out, int os, int p, int q,
                        int c0, int c1, boolean first, double[] bias) {
        int o0 = p * os + q;
        int o1 = o0 + os;
        int o2 = o1 + os;
        int o3 = o2 + os;
        int o4 = o3 + os;
        int o5 = o4 + os;
        int x0 = p * xp;
        int x1 = x0 + xp;
        int x2 = x1 + xp;
        int x3 = x2 + xp;
        int x4 = x3 + xp;
        int x5 = x4 + xp;
        DoubleVector c00 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0);
        DoubleVector c01 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0 + L);
        DoubleVector c02 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0 + 2 * L);
        DoubleVector c03 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0 + 3 * L);
        DoubleVector c10 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1);
        DoubleVector c11 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1 + L);
        DoubleVector c12 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1 + 2 * L);
        DoubleVector c13 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1 + 3 * L);
        DoubleVector c20 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o2);
        DoubleVector c21 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o2 + L);
        DoubleVector c22 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o2 + 2 * L);
        DoubleVector c23 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o2 + 3 * L);
        DoubleVector c30 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o3);
        DoubleVector c31 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o3 + L);
        DoubleVector c32 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o3 + 2 * L);
        DoubleVector c33 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o3 + 3 * L);
        DoubleVector c40 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o4);
        DoubleVector c41 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o4 + L);
        DoubleVector c42 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o4 + 2 * L);
        DoubleVector c43 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o4 + 3 * L);
        DoubleVector c50 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o5);
        DoubleVector c51 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o5 + L);
        DoubleVector c52 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o5 + 2 * L);
        DoubleVector c53 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o5 + 3 * L);
        int at = c0 * xc;
        for (int c = c0; c < c1; c++, at += xc) {
            int row = yAt + (c - c0) * ys;
            DoubleVector y0 = DoubleVector.fromArray(S, y, row);
            DoubleVector y1 = DoubleVector.fromArray(S, y, row + L);
            DoubleVector y2 = DoubleVector.fromArray(S, y, row + 2 * L);
            DoubleVector y3 = DoubleVector.fromArray(S, y, row + 3 * L);
            DoubleVector w = DoubleVector.broadcast(S, x[x0 + at]);
            c00 = c00.add(w.mul(y0)); c01 = c01.add(w.mul(y1)); c02 = c02.add(w.mul(y2)); c03 = c03.add(w.mul(y3));
            w = DoubleVector.broadcast(S, x[x1 + at]);
            c10 = c10.add(w.mul(y0)); c11 = c11.add(w.mul(y1)); c12 = c12.add(w.mul(y2)); c13 = c13.add(w.mul(y3));
            w = DoubleVector.broadcast(S, x[x2 + at]);
            c20 = c20.add(w.mul(y0)); c21 = c21.add(w.mul(y1)); c22 = c22.add(w.mul(y2)); c23 = c23.add(w.mul(y3));
            w = DoubleVector.broadcast(S, x[x3 + at]);
            c30 = c30.add(w.mul(y0)); c31 = c31.add(w.mul(y1)); c32 = c32.add(w.mul(y2)); c33 = c33.add(w.mul(y3));
            w = DoubleVector.broadcast(S, x[x4 + at]);
            c40 = c40.add(w.mul(y0)); c41 = c41.add(w.mul(y1)); c42 = c42.add(w.mul(y2)); c43 = c43.add(w.mul(y3));
            w = DoubleVector.broadcast(S, x[x5 + at]);
            c50 = c50.add(w.mul(y0)); c51 = c51.add(w.mul(y1)); c52 = c52.add(w.mul(y2)); c53 = c53.add(w.mul(y3));
        }
        if (bias != null) {
            DoubleVector b = DoubleVector.broadcast(S, bias[p]);
            c00 = c00.add(b); c01 = c01.add(b); c02 = c02.add(b); c03 = c03.add(b);
            b = DoubleVector.broadcast(S, bias[p + 1]);
            c10 = c10.add(b); c11 = c11.add(b); c12 = c12.add(b); c13 = c13.add(b);
            b = DoubleVector.broadcast(S, bias[p + 2]);
            c20 = c20.add(b); c21 = c21.add(b); c22 = c22.add(b); c23 = c23.add(b);
            b = DoubleVector.broadcast(S, bias[p + 3]);
            c30 = c30.add(b); c31 = c31.add(b); c32 = c32.add(b); c33 = c33.add(b);
            b = DoubleVector.broadcast(S, bias[p + 4]);
            c40 = c40.add(b); c41 = c41.add(b); c42 = c42.add(b); c43 = c43.add(b);
            b = DoubleVector.broadcast(S, bias[p + 5]);
            c50 = c50.add(b); c51 = c51.add(b); c52 = c52.add(b); c53 = c53.add(b);
        }
        c00.intoArray(out, o0); c01.intoArray(out, o0 + L); c02.intoArray(out, o0 + 2 * L); c03.intoArray(out, o0 + 3 * L);
        c10.intoArray(out, o1); c11.intoArray(out, o1 + L); c12.intoArray(out, o1 + 2 * L); c13.intoArray(out, o1 + 3 * L);
        c20.intoArray(out, o2); c21.intoArray(out, o2 + L); c22.intoArray(out, o2 + 2 * L); c23.intoArray(out, o2 + 3 * L);
        c30.intoArray(out, o3); c31.intoArray(out, o3 + L); c32.intoArray(out, o3 + 2 * L); c33.intoArray(out, o3 + 3 * L);
        c40.intoArray(out, o4); c41.intoArray(out, o4 + L); c42.intoArray(out, o4 + 2 * L); c43.intoArray(out, o4 + 3 * L);
        c50.intoArray(out, o5); c51.intoArray(out, o5 + L); c52.intoArray(out, o5 + 2 * L); c53.intoArray(out, o5 + 3 * L);
    }
}

package com.nnplayground.engine.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register tiles of {@link VectorProducts} that read y from its packed panel (rows {@link #PANEL_ROW} apart):
 * {@code tileRx3} computes R rows by 3 vectors of {@code out[p][q] = sum_c x(p, c) y[c][q]} for c from {@code c0} to
 * {@code c1}, holding its 3R sums in registers (from 0 on the first block of c, else from {@code out}), adding
 * {@code bias[p]} when given (the last block). {@link EdgeTiles} has the narrower ones. One shape written out per
 * method: a loop over an array of vectors would put them on the heap. Each step of c is one multiply and one add per
 * sum, in c's order: the reference's sums, bit for bit.
 */
final class PanelTiles {

    static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    static final int L = S.length();
    static final int PANEL_ROW = 3 * L;

    private PanelTiles() {
    }

    static void tile4x3(double[] x, int xp, int xc, double[] panel, double[] out, int os, int p, int q, int c0,
                         int c1, boolean first, double[] bias) {
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

    static void tile2x3(double[] x, int xp, int xc, double[] panel, double[] out, int os, int p, int q, int c0,
                         int c1, boolean first, double[] bias) {
        int o0 = p * os + q;
        int o1 = o0 + os;
        int x0 = p * xp;
        int x1 = x0 + xp;
        DoubleVector c00 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0);
        DoubleVector c01 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0 + L);
        DoubleVector c02 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0 + 2 * L);
        DoubleVector c10 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1);
        DoubleVector c11 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1 + L);
        DoubleVector c12 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1 + 2 * L);
        for (int c = c0; c < c1; c++) {
            int row = (c - c0) * PANEL_ROW;
            DoubleVector y0 = DoubleVector.fromArray(S, panel, row);
            DoubleVector y1 = DoubleVector.fromArray(S, panel, row + L);
            DoubleVector y2 = DoubleVector.fromArray(S, panel, row + 2 * L);
            int at = c * xc;
            DoubleVector w0 = DoubleVector.broadcast(S, x[x0 + at]);
            DoubleVector w1 = DoubleVector.broadcast(S, x[x1 + at]);
            c00 = c00.add(w0.mul(y0)); c01 = c01.add(w0.mul(y1)); c02 = c02.add(w0.mul(y2));
            c10 = c10.add(w1.mul(y0)); c11 = c11.add(w1.mul(y1)); c12 = c12.add(w1.mul(y2));
        }
        if (bias != null) {
            DoubleVector b0 = DoubleVector.broadcast(S, bias[p]);
            DoubleVector b1 = DoubleVector.broadcast(S, bias[p + 1]);
            c00 = c00.add(b0); c01 = c01.add(b0); c02 = c02.add(b0);
            c10 = c10.add(b1); c11 = c11.add(b1); c12 = c12.add(b1);
        }
        c00.intoArray(out, o0); c01.intoArray(out, o0 + L); c02.intoArray(out, o0 + 2 * L);
        c10.intoArray(out, o1); c11.intoArray(out, o1 + L); c12.intoArray(out, o1 + 2 * L);
    }

    static void tile1x3(double[] x, int xp, int xc, double[] panel, double[] out, int os, int p, int q, int c0,
                         int c1, boolean first, double[] bias) {
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
}

package com.nnplayground.engine.kernels;

import static com.nnplayground.engine.kernels.PanelTiles.L;
import static com.nnplayground.engine.kernels.PanelTiles.S;

import jdk.incubator.vector.DoubleVector;

/**
 * The narrow register tiles of {@link VectorProducts}: {@code tileRxV} computes R rows by V vectors as
 * {@link PanelTiles#tile6x4} does, reading row c of y at {@code yAt + (c - c0) * ys}, in place or from the packed
 * panel: the rows a 6-row tile leaves (two vectors at a time), and the last one to three vectors of a row.
 */
final class EdgeTiles {

    private EdgeTiles() {
    }

    static void tile4x2(double[] x, int xp, int xc, double[] y, int yAt, int ys, double[] out, int os, int p, int q,
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
        DoubleVector c10 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1);
        DoubleVector c11 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1 + L);
        DoubleVector c20 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o2);
        DoubleVector c21 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o2 + L);
        DoubleVector c30 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o3);
        DoubleVector c31 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o3 + L);
        for (int c = c0; c < c1; c++) {
            int row = yAt + (c - c0) * ys;
            int at = c * xc;
            DoubleVector y0 = DoubleVector.fromArray(S, y, row);
            DoubleVector y1 = DoubleVector.fromArray(S, y, row + L);
            DoubleVector w0 = DoubleVector.broadcast(S, x[x0 + at]);
            DoubleVector w1 = DoubleVector.broadcast(S, x[x1 + at]);
            DoubleVector w2 = DoubleVector.broadcast(S, x[x2 + at]);
            DoubleVector w3 = DoubleVector.broadcast(S, x[x3 + at]);
            c00 = c00.add(w0.mul(y0)); c01 = c01.add(w0.mul(y1));
            c10 = c10.add(w1.mul(y0)); c11 = c11.add(w1.mul(y1));
            c20 = c20.add(w2.mul(y0)); c21 = c21.add(w2.mul(y1));
            c30 = c30.add(w3.mul(y0)); c31 = c31.add(w3.mul(y1));
        }
        if (bias != null) {
            DoubleVector b0 = DoubleVector.broadcast(S, bias[p]);
            DoubleVector b1 = DoubleVector.broadcast(S, bias[p + 1]);
            DoubleVector b2 = DoubleVector.broadcast(S, bias[p + 2]);
            DoubleVector b3 = DoubleVector.broadcast(S, bias[p + 3]);
            c00 = c00.add(b0); c01 = c01.add(b0);
            c10 = c10.add(b1); c11 = c11.add(b1);
            c20 = c20.add(b2); c21 = c21.add(b2);
            c30 = c30.add(b3); c31 = c31.add(b3);
        }
        c00.intoArray(out, o0); c01.intoArray(out, o0 + L);
        c10.intoArray(out, o1); c11.intoArray(out, o1 + L);
        c20.intoArray(out, o2); c21.intoArray(out, o2 + L);
        c30.intoArray(out, o3); c31.intoArray(out, o3 + L);
    }

    static void tile2x2(double[] x, int xp, int xc, double[] y, int yAt, int ys, double[] out, int os, int p, int q,
                         int c0, int c1, boolean first, double[] bias) {
        int o0 = p * os + q;
        int o1 = o0 + os;
        int x0 = p * xp;
        int x1 = x0 + xp;
        DoubleVector c00 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0);
        DoubleVector c01 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0 + L);
        DoubleVector c10 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1);
        DoubleVector c11 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1 + L);
        for (int c = c0; c < c1; c++) {
            int row = yAt + (c - c0) * ys;
            int at = c * xc;
            DoubleVector y0 = DoubleVector.fromArray(S, y, row);
            DoubleVector y1 = DoubleVector.fromArray(S, y, row + L);
            DoubleVector w0 = DoubleVector.broadcast(S, x[x0 + at]);
            DoubleVector w1 = DoubleVector.broadcast(S, x[x1 + at]);
            c00 = c00.add(w0.mul(y0)); c01 = c01.add(w0.mul(y1));
            c10 = c10.add(w1.mul(y0)); c11 = c11.add(w1.mul(y1));
        }
        if (bias != null) {
            DoubleVector b0 = DoubleVector.broadcast(S, bias[p]);
            DoubleVector b1 = DoubleVector.broadcast(S, bias[p + 1]);
            c00 = c00.add(b0); c01 = c01.add(b0);
            c10 = c10.add(b1); c11 = c11.add(b1);
        }
        c00.intoArray(out, o0); c01.intoArray(out, o0 + L);
        c10.intoArray(out, o1); c11.intoArray(out, o1 + L);
    }

    static void tile1x2(double[] x, int xp, int xc, double[] y, int yAt, int ys, double[] out, int os, int p, int q,
                         int c0, int c1, boolean first, double[] bias) {
        int o0 = p * os + q;
        int x0 = p * xp;
        DoubleVector c00 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0);
        DoubleVector c01 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0 + L);
        for (int c = c0; c < c1; c++) {
            int row = yAt + (c - c0) * ys;
            int at = c * xc;
            DoubleVector y0 = DoubleVector.fromArray(S, y, row);
            DoubleVector y1 = DoubleVector.fromArray(S, y, row + L);
            DoubleVector w0 = DoubleVector.broadcast(S, x[x0 + at]);
            c00 = c00.add(w0.mul(y0)); c01 = c01.add(w0.mul(y1));
        }
        if (bias != null) {
            DoubleVector b0 = DoubleVector.broadcast(S, bias[p]);
            c00 = c00.add(b0); c01 = c01.add(b0);
        }
        c00.intoArray(out, o0); c01.intoArray(out, o0 + L);
    }

    static void tile4x1(double[] x, int xp, int xc, double[] y, int yAt, int ys, double[] out, int os, int p, int q,
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
            int row = yAt + (c - c0) * ys;
            int at = c * xc;
            DoubleVector y0 = DoubleVector.fromArray(S, y, row);
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

    static void tile2x1(double[] x, int xp, int xc, double[] y, int yAt, int ys, double[] out, int os, int p, int q,
                         int c0, int c1, boolean first, double[] bias) {
        int o0 = p * os + q;
        int o1 = o0 + os;
        int x0 = p * xp;
        int x1 = x0 + xp;
        DoubleVector c00 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0);
        DoubleVector c10 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o1);
        for (int c = c0; c < c1; c++) {
            int row = yAt + (c - c0) * ys;
            int at = c * xc;
            DoubleVector y0 = DoubleVector.fromArray(S, y, row);
            DoubleVector w0 = DoubleVector.broadcast(S, x[x0 + at]);
            DoubleVector w1 = DoubleVector.broadcast(S, x[x1 + at]);
            c00 = c00.add(w0.mul(y0));
            c10 = c10.add(w1.mul(y0));
        }
        if (bias != null) {
            DoubleVector b0 = DoubleVector.broadcast(S, bias[p]);
            DoubleVector b1 = DoubleVector.broadcast(S, bias[p + 1]);
            c00 = c00.add(b0);
            c10 = c10.add(b1);
        }
        c00.intoArray(out, o0);
        c10.intoArray(out, o1);
    }

    static void tile1x1(double[] x, int xp, int xc, double[] y, int yAt, int ys, double[] out, int os, int p, int q,
                         int c0, int c1, boolean first, double[] bias) {
        int o0 = p * os + q;
        int x0 = p * xp;
        DoubleVector c00 = first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o0);
        for (int c = c0; c < c1; c++) {
            int row = yAt + (c - c0) * ys;
            int at = c * xc;
            DoubleVector y0 = DoubleVector.fromArray(S, y, row);
            DoubleVector w0 = DoubleVector.broadcast(S, x[x0 + at]);
            c00 = c00.add(w0.mul(y0));
        }
        if (bias != null) {
            DoubleVector b0 = DoubleVector.broadcast(S, bias[p]);
            c00 = c00.add(b0);
        }
        c00.intoArray(out, o0);
    }
}

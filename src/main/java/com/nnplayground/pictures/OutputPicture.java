package com.nnplayground.pictures;

import com.nnplayground.dataset.TargetKind;

/**
 * What the network makes of the plane, on the output map's grid ({@link PictureScene#outputSize()}).
 *
 * <p>Two axes: {@code cells}, row by row from the top, left to right. Two classes: P(second class) per cell, 0-255
 * for 0 to 1 (a cell is predicted the second class from 128: P ≥ 0.5). More classes: first the predicted class of
 * each cell (the largest output), then that output, 0-255 for 0 to 1. A number: the output on the scale of the
 * target's range (clamped at its ends). One axis: {@code curves}, each output at each point, output after output.
 *
 * @param size   cells per side, or points per curve
 * @param kind   what the target asks
 * @param cells  the 2-D map, or null for one axis
 * @param curves the 1-D curves, or null for two axes
 */
public record OutputPicture(int size, TargetKind kind, byte[] cells, float[] curves) {

    static OutputPicture of(PictureScene scene, double[][] output) {
        int n = scene.outputSize();
        TargetKind kind = scene.data().kind();
        if (!scene.plane().twoDimensional()) {
            int outputs = output[0].length;
            float[] curves = new float[outputs * n];
            for (int k = 0; k < outputs; k++) {
                for (int i = 0; i < n; i++) {
                    curves[k * n + i] = (float) output[i][k];
                }
            }
            return new OutputPicture(n, kind, null, curves);
        }
        int cellCount = n * n;
        byte[] cells = new byte[kind == TargetKind.MULTICLASS ? 2 * cellCount : cellCount];
        for (int i = 0; i < cellCount; i++) {
            double[] o = output[i];
            switch (kind) {
                case BINARY -> cells[i] = Bytes.onScale(o[0], 0, 1);
                case REGRESSION -> cells[i] = Bytes.onScale(o[0], scene.valueRange()[0], scene.valueRange()[1]);
                case MULTICLASS -> {
                    int best = 0;
                    for (int k = 1; k < o.length; k++) {
                        best = o[k] > o[best] ? k : best;
                    }
                    cells[i] = (byte) best;
                    cells[cellCount + i] = Bytes.onScale(o[best], 0, 1);
                }
            }
        }
        return new OutputPicture(n, kind, cells, null);
    }

    /** The class predicted in a cell of the 2-D map (for classes only). */
    public int classAt(int cell) {
        return kind == TargetKind.MULTICLASS ? Bytes.step(cells[cell]) : Bytes.step(cells[cell]) >= 128 ? 1 : 0;
    }

    /** The bytes sent for this picture. */
    public int byteCount() {
        return cells != null ? cells.length : 4 * curves.length;
    }
}

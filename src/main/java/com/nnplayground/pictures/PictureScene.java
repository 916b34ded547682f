package com.nnplayground.pictures;

import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.TargetKind;
import com.nnplayground.engine.Architecture;

/**
 * What the pictures of one experiment share while its network changes: the data, the plane they are drawn over, the
 * drawing's layout (when there is a network) and the fixed scales. Built when the data, the network's shape or the
 * axes change, never per update.
 *
 * @param data       the encoded rows (inputs as the network sees them)
 * @param target     the target column's name
 * @param plane      the axes and the inputs held off them
 * @param layout     the network's drawing, or null before there is a network
 * @param valueRange for a numeric target, the legend's {lowest, highest} target value; null for classes
 */
public record PictureScene(EncodedDataset data, String target, InputPlane plane, DiagramLayout layout,
                           double[] valueRange) {
    /** The output map's cells per side (2-D) and the fitted curve's points (1-D). */
    public static final int OUTPUT_CELLS = 48;
    public static final int CURVE_POINTS = 96;
    /** A neuron's own map averages blocks of this many cells per side (2-D: 12 x 12 cells) or points (1-D: 32). */
    public static final int NEURON_POOL_2D = 4;
    public static final int NEURON_POOL_1D = 3;
    /**
     * The maps cost a forward pass of the whole network over the grid; above this many weights (the most a run
     * sends live) they would take tens of milliseconds each, so a larger network is drawn without them.
     */
    public static final int MAX_MAPPED_WEIGHTS = 10_000;

    /** The data alone: the scatter, before there is a network. */
    public static PictureScene of(EncodedDataset data, String target, InputPlane plane) {
        return new PictureScene(data, target, plane, null, valueRange(data));
    }

    /** The data and the drawing of a network of this shape. */
    public static PictureScene of(EncodedDataset data, String target, InputPlane plane, Architecture architecture) {
        return new PictureScene(data, target, plane, DiagramLayout.of(architecture, plane.features(), data, target),
                valueRange(data));
    }

    private static double[] valueRange(EncodedDataset data) {
        if (data.kind() != TargetKind.REGRESSION) {
            return null;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] y : data.y()) {
            lo = Math.min(lo, y[0]);
            hi = Math.max(hi, y[0]);
        }
        return hi > lo ? new double[] {lo, hi} : new double[] {lo - 1, hi + 1};
    }

    /** Whether the network is small enough for its maps (the output map's background and each neuron's own). */
    public boolean mapped() {
        return layout != null && layout.totalWeights() <= MAX_MAPPED_WEIGHTS;
    }

    /** Cells per side of the output map (2-D) or points of its curves (1-D). */
    public int outputSize() {
        return plane.twoDimensional() ? OUTPUT_CELLS : CURVE_POINTS;
    }

    /** Cells per side of a neuron's map (2-D) or points of its curve (1-D). */
    public int neuronMapSize() {
        return plane.twoDimensional() ? OUTPUT_CELLS / NEURON_POOL_2D : CURVE_POINTS / NEURON_POOL_1D;
    }

    /** Bytes of one neuron's map. */
    public int neuronMapBytes() {
        int m = neuronMapSize();
        return plane.twoDimensional() ? m * m : m;
    }
}

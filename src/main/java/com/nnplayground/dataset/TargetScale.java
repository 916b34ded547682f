package com.nnplayground.dataset;

/**
 * How a numeric target was rescaled for training, fitted on the training rows: the network learns
 * (y - offset) / scale, and its outputs are turned back into the target's own units with {@link #toTarget}.
 *
 * @param scaling how it was fitted ({@link Scaling#NONE}: the target as it is)
 * @param offset  subtracted from each target
 * @param scale   what the difference is divided by
 */
public record TargetScale(Scaling scaling, double offset, double scale) {
    public static final TargetScale NONE = new TargetScale(Scaling.NONE, 0, 1);

    public boolean scaled() {
        return scaling != Scaling.NONE;
    }

    /** A network output (or a scaled target) in the target's own units. */
    public double toTarget(double output) {
        return scaled() ? output * scale + offset : output;
    }

    /** A target in its own units as the network learns it. */
    double toNetwork(double target) {
        return scaled() ? (target - offset) / scale : target;
    }
}

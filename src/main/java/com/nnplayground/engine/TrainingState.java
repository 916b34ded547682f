package com.nnplayground.engine;

/**
 * Where a run stands after some iterations: its weights and biases, and what the updates carry from step to step
 * (momentum's velocities, Adam's moments and its step count). {@link Training#resume} goes on from it exactly as the
 * run that reached it did, bit for bit. An immutable value: the arrays are copies, never handed out.
 */
public final class TrainingState {
    /** A Java array's header on a 64-bit JVM with compressed references (16 bytes), and one reference (4). */
    private static final long ARRAY_HEADER = 16;
    private static final long REFERENCE = 4;

    private final Architecture architecture;
    private final int iterationsDone;
    private final double lastLoss;
    final double[][] weights;
    final double[][] biases;
    final Optimizer.State optimizer;

    TrainingState(Architecture architecture, int iterationsDone, double lastLoss, double[][] weights,
                  double[][] biases, Optimizer.State optimizer) {
        this.architecture = architecture;
        this.iterationsDone = iterationsDone;
        this.lastLoss = lastLoss;
        this.weights = weights;
        this.biases = biases;
        this.optimizer = optimizer;
    }

    public Architecture architecture() {
        return architecture;
    }

    /** The iterations run to reach this state (0: the starting weights). */
    public int iterationsDone() {
        return iterationsDone;
    }

    /** The loss of the last iteration run, NaN before the first. */
    public double lastLoss() {
        return lastLoss;
    }

    /** The network of this state (a copy). */
    public Network network() {
        return Network.copyOf(architecture, weights, biases);
    }

    /** The heap its arrays take (the arrays' headers and numbers; this object's few fields aside). */
    public long bytes() {
        return bytes(weights) + bytes(biases) + bytes(optimizer.velocity()) + bytes(optimizer.squares());
    }

    private static long bytes(double[][] arrays) {
        if (arrays == null) {
            return 0;
        }
        long total = ARRAY_HEADER + REFERENCE * arrays.length;
        for (double[] array : arrays) {
            total += ARRAY_HEADER + 8L * array.length;
        }
        return total;
    }
}

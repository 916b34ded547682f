package com.nnplayground.engine;

import java.util.Arrays;

/**
 * The update: turns gradients into new parameters, keeping per-parameter state (velocities, moments) in arrays
 * allocated once. Each parameter array (a layer's weights or biases) has its own slot. With an L2 penalty the
 * rule is applied to the gradient of the penalised loss, {@code g = dL/dw + l2 * w}.
 */
final class Optimizer {

    static final double MOMENTUM = 0.9;
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final OptimizerKind kind;
    private double learningRate;
    /** Momentum's velocity, or Adam's first moment m. */
    private final double[][] velocity;
    /** Adam's second moment v. */
    private final double[][] squares;
    /** {@code dL/dw + l2 * w} of the slot being updated, when it is penalised. */
    private double[] penalised;
    private final int largestSlot;
    private int steps;
    private double correction1;
    private double correction2;

    /** {@code penalised} says whether any slot will be updated with an L2 penalty. */
    Optimizer(OptimizerKind kind, double learningRate, int[] slotSizes, boolean penalised) {
        this.kind = kind;
        this.learningRate = learningRate;
        this.velocity = kind == OptimizerKind.SGD ? null : zeros(slotSizes);
        this.squares = kind == OptimizerKind.ADAM ? zeros(slotSizes) : null;
        this.largestSlot = Arrays.stream(slotSizes).max().orElse(0);
        this.penalised = new double[penalised ? largestSlot : 0];
    }

    /**
     * The step size of the updates from now on; {@code penalised} says whether any slot will now be updated with an
     * L2 penalty (its buffer is allocated here, the first time, never in an update). Momentum's velocities and
     * Adam's moments carry on: only the step changes.
     */
    void changeLearningRate(double learningRate, boolean penalised) {
        this.learningRate = learningRate;
        if (penalised && this.penalised.length < largestSlot) {
            this.penalised = new double[largestSlot];
        }
    }

    /** Call once per gradient step, before its {@link #update}s: Adam's bias correction depends on the step. */
    void beginStep() {
        steps++;
        if (kind == OptimizerKind.ADAM) {
            correction1 = 1.0 - Math.pow(BETA1, steps);
            correction2 = 1.0 - Math.pow(BETA2, steps);
        }
    }

    /**
     * Writes into {@code to} the {@code parameters} moved against {@code gradient + l2 * parameters} ({@code l2} 0:
     * against {@code gradient}); {@code to} may be {@code parameters} itself.
     */
    void update(int slot, double[] parameters, double[] gradient, double l2, double[] to) {
        int n = parameters.length;
        if (l2 > 0) {
            for (int i = 0; i < n; i++) {
                penalised[i] = gradient[i] + l2 * parameters[i];
            }
            gradient = penalised;
        }
        switch (kind) {
            case SGD -> {
                for (int i = 0; i < n; i++) {
                    to[i] = parameters[i] - learningRate * gradient[i];
                }
            }
            case MOMENTUM -> {
                double[] v = velocity[slot];
                for (int i = 0; i < n; i++) {
                    v[i] = MOMENTUM * v[i] - learningRate * gradient[i];
                    to[i] = parameters[i] + v[i];
                }
            }
            case ADAM -> {
                double[] m = velocity[slot];
                double[] v = squares[slot];
                for (int i = 0; i < n; i++) {
                    double g = gradient[i];
                    m[i] = BETA1 * m[i] + (1.0 - BETA1) * g;
                    v[i] = BETA2 * v[i] + (1.0 - BETA2) * g * g;
                    to[i] = parameters[i] - learningRate * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + EPSILON);
                }
            }
        }
    }

    /** What the updates carry from step to step: copies, null where this kind keeps none. */
    record State(double[][] velocity, double[][] squares, int steps) {
    }

    /** A copy of the state the next update starts from. */
    State state() {
        return new State(Matrices.copy(velocity), Matrices.copy(squares), steps);
    }

    /** Goes on from {@code state}, which an optimizer of the same kind and slots gave: its arrays are copied in. */
    void restore(State state) {
        copyInto(state.velocity(), velocity);
        copyInto(state.squares(), squares);
        steps = state.steps();
        if (kind == OptimizerKind.ADAM && steps > 0) {
            correction1 = 1.0 - Math.pow(BETA1, steps);
            correction2 = 1.0 - Math.pow(BETA2, steps);
        }
    }

    private static void copyInto(double[][] from, double[][] to) {
        if (to != null) {
            for (int i = 0; i < to.length; i++) {
                System.arraycopy(from[i], 0, to[i], 0, to[i].length);
            }
        }
    }

    private static double[][] zeros(int[] sizes) {
        double[][] arrays = new double[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            arrays[i] = new double[sizes[i]];
        }
        return arrays;
    }
}

package com.nnplayground.engine;

/**
 * The reference engine behind the {@link Gradients} seam: each batch's rows copied, in the batch's order, into
 * row-major matrices, then {@link Backprop}. What the kernels are checked against.
 */
final class ReferenceGradients implements Gradients {

    private final Architecture architecture;
    private final Loss loss;
    private final double[] x;
    private final double[] y;
    private final double[] batchX;
    private final double[] batchY;
    private final Backprop backprop;

    ReferenceGradients(Architecture architecture, Loss loss, double[][] x, double[][] y, int maxRows) {
        this.architecture = architecture;
        this.loss = loss;
        this.x = Matrices.flatten(x, architecture.inputs());
        this.y = Matrices.flatten(y, architecture.outputs());
        this.batchX = new double[maxRows * architecture.inputs()];
        this.batchY = new double[maxRows * architecture.outputs()];
        this.backprop = new Backprop(architecture, maxRows);
    }

    @Override
    public double compute(double[][] weights, double[][] biases, int[] order, int first, int count) {
        double[] bx = x;
        double[] by = y;
        if (order != null) {
            int inputs = architecture.inputs();
            int outputs = architecture.outputs();
            for (int r = 0; r < count; r++) {
                int row = order[first + r];
                System.arraycopy(x, row * inputs, batchX, r * inputs, inputs);
                System.arraycopy(y, row * outputs, batchY, r * outputs, outputs);
            }
            bx = batchX;
            by = batchY;
        }
        double batchLoss = backprop.forward(weights, biases, bx, by, count, loss);
        backprop.backward(weights, by, loss);
        return batchLoss;
    }

    @Override
    public double[][] gradW() {
        return backprop.gradW;
    }

    @Override
    public double[][] gradB() {
        return backprop.gradB;
    }
}

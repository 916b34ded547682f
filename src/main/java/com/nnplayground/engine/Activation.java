package com.nnplayground.engine;

import com.nnplayground.engine.kernels.Sigmoid;

/**
 * The function {@code a = f(z)} a layer applies to its pre-activations, and its derivative {@code f'(z)}. All but
 * {@link #SOFTMAX} act on each element alone; softmax acts on a whole row and is only allowed on the output layer.
 *
 * <p>Each constant is the one place its activation lives, for one value and for arrays (what both engines call).
 * Three constants override array forms: {@link #SIGMOID} computes its exp with {@link Sigmoid} (on the vector
 * lanes for an array, the same bits for one value) and multiplies by {@code a (1 - a)} in a loop of its own,
 * {@link #TANH} multiplies by {@code 1 - a^2} in its own, and {@link #SOFTMAX} applies itself row by row; the others
 * use the element-by-element defaults.
 */
public enum Activation {
    SIGMOID {
        @Override
        public double apply(double z) {
            return Sigmoid.of(z);
        }

        @Override
        public double derivative(double z, double a) {
            return a * (1.0 - a);
        }

        @Override
        public void applyEach(double[] z, double[] a, int from, int to) {
            Sigmoid.apply(z, a, from, to);
        }

        @Override
        public void multiplyByDerivative(double[] z, double[] a, double[] delta, int from, int to) {
            for (int i = from; i < to; i++) {
                delta[i] *= a[i] * (1.0 - a[i]);
            }
        }
    },
    TANH {
        @Override
        public double apply(double z) {
            // StrictMath: JDK 24+ computes Math.tanh with its own x86 code, whose last bits differ from JDK 21's,
            // so the same seed would give another run on another JDK
            return StrictMath.tanh(z);
        }

        @Override
        public double derivative(double z, double a) {
            return 1.0 - a * a;
        }

        @Override
        public void multiplyByDerivative(double[] z, double[] a, double[] delta, int from, int to) {
            for (int i = from; i < to; i++) {
                delta[i] *= 1.0 - a[i] * a[i];
            }
        }
    },
    RELU {
        @Override
        public double apply(double z) {
            return z > 0 ? z : 0.0;
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0 ? 1.0 : 0.0;
        }
    },
    /** ReLU with slope {@value #LEAKY_SLOPE} for negative z, so no neuron stops learning entirely. */
    LEAKY_RELU {
        @Override
        public double apply(double z) {
            return z > 0 ? z : LEAKY_SLOPE * z;
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0 ? 1.0 : LEAKY_SLOPE;
        }
    },
    LINEAR {
        @Override
        public double apply(double z) {
            return z;
        }

        @Override
        public double derivative(double z, double a) {
            return 1.0;
        }
    },
    /** Row-wise {@code exp(z_j) / sum_k exp(z_k)}; its gradient is only taken together with cross-entropy. */
    SOFTMAX {
        @Override
        public double apply(double z) {
            throw new UnsupportedOperationException("softmax works on a whole row, not on one value");
        }

        @Override
        public double derivative(double z, double a) {
            throw new UnsupportedOperationException("softmax has no element-wise derivative; pair it with cross_entropy");
        }

        @Override
        public void applyEach(double[] z, double[] a, int from, int to) {
            throw new UnsupportedOperationException("softmax works on whole rows, not element by element");
        }

        @Override
        public void apply(double[] z, double[] a, int rows, int columns) {
            apply(z, a, rows, columns, columns, 1);
        }

        @Override
        public void apply(double[] z, double[] a, int rows, int columns, int rowStep, int columnStep) {
            for (int r = 0; r < rows; r++) {
                int start = r * rowStep;
                int end = start + columns * columnStep;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = start; i < end; i += columnStep) {
                    max = Math.max(max, z[i]);
                }
                // Subtracting the row maximum keeps exp from overflowing and leaves the result unchanged.
                double sum = 0;
                for (int i = start; i < end; i += columnStep) {
                    a[i] = Math.exp(z[i] - max);
                    sum += a[i];
                }
                for (int i = start; i < end; i += columnStep) {
                    a[i] /= sum;
                }
            }
        }
    };

    static final double LEAKY_SLOPE = 0.01;

    /** {@code f(z)} for one element. */
    public abstract double apply(double z);

    /** {@code f'(z)}; {@code a = f(z)} is passed too, so sigmoid and tanh need no second exp. */
    public abstract double derivative(double z, double a);

    /**
     * Fills the first {@code rows * columns} elements of {@code a} (another array than {@code z}) with
     * {@code f(z)}, for {@code z} flat {@code [row][column]}.
     */
    public void apply(double[] z, double[] a, int rows, int columns) {
        applyEach(z, a, 0, rows * columns);
    }

    /**
     * {@link #apply(double[], double[], int, int)} on a {@code z} and {@code a} that hold element (r, j) at
     * {@code r * rowStep + j * columnStep}: the same values as on flat rows, bit for bit. A neuron-major layer
     * ({@code rowStep} 1, {@code columnStep} its stride) goes a neuron at a time through {@link #applyEach}.
     */
    public void apply(double[] z, double[] a, int rows, int columns, int rowStep, int columnStep) {
        if (rowStep == 1) {
            for (int j = 0; j < columns; j++) {
                applyEach(z, a, j * columnStep, j * columnStep + rows);
            }
            return;
        }
        for (int r = 0; r < rows; r++) {
            for (int j = 0, i = r * rowStep; j < columns; j++, i += columnStep) {
                a[i] = apply(z[i]);
            }
        }
    }

    /**
     * {@code a[i] = f(z[i])} for {@code from <= i < to} ({@code a} another array than {@code z}): an element-wise
     * activation on part of an array.
     *
     * @throws UnsupportedOperationException for {@link #SOFTMAX}, which needs whole rows
     */
    public void applyEach(double[] z, double[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            a[i] = apply(z[i]);
        }
    }

    /**
     * {@code delta[i] *= f'(z[i])} for {@code from <= i < to}, {@code a = f(z)}: the step back through a hidden
     * layer.
     */
    public void multiplyByDerivative(double[] z, double[] a, double[] delta, int from, int to) {
        for (int i = from; i < to; i++) {
            delta[i] *= derivative(z[i], a[i]);
        }
    }

    /** The id used in forms, files and the CLI: "sigmoid", "tanh", "relu", "leaky_relu", "linear", "softmax". */
    public String id() {
        return Ids.of(this);
    }

    /** @throws IllegalArgumentException naming the allowed ids when {@code id} is unknown */
    public static Activation fromId(String id) {
        return Ids.parse(values(), "activation", id);
    }
}

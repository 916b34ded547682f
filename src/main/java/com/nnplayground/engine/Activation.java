package com.nnplayground.engine;

/**
 * The function {@code a = f(z)} a layer applies to its pre-activations. All but {@link #SOFTMAX} act on
 * each element alone; softmax acts on a whole row and is only allowed on the output layer.
 */
public enum Activation {
    SIGMOID {
        @Override
        public double apply(double z) {
            return 1.0 / (1.0 + Math.exp(-z));
        }

        @Override
        public double derivative(double z, double a) {
            return a * (1.0 - a);
        }

        @Override
        public void apply(double[] z, double[] a, int rows, int columns) {
            int n = rows * columns;
            for (int i = 0; i < n; i++) {
                a[i] = 1.0 / (1.0 + Math.exp(-z[i]));
            }
        }

        @Override
        void multiplyByDerivative(double[] z, double[] a, int n, double[] delta) {
            for (int i = 0; i < n; i++) {
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
        void multiplyByDerivative(double[] z, double[] a, int n, double[] delta) {
            for (int i = 0; i < n; i++) {
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
        public void apply(double[] z, double[] a, int rows, int columns) {
            for (int r = 0; r < rows; r++) {
                int start = r * columns;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = start; j < start + columns; j++) {
                    max = Math.max(max, z[j]);
                }
                // Subtracting the row maximum keeps exp from overflowing and leaves the result unchanged.
                double sum = 0;
                for (int j = start; j < start + columns; j++) {
                    a[j] = Math.exp(z[j] - max);
                    sum += a[j];
                }
                for (int j = start; j < start + columns; j++) {
                    a[j] /= sum;
                }
            }
        }
    };

    static final double LEAKY_SLOPE = 0.01;

    /** {@code f(z)} for one element. */
    public abstract double apply(double z);

    /** {@code f'(z)}; {@code a = f(z)} is passed too, so sigmoid and tanh need no second exp. */
    public abstract double derivative(double z, double a);

    /** Fills the first {@code rows * columns} elements of {@code a} with {@code f(z)}. */
    public void apply(double[] z, double[] a, int rows, int columns) {
        int n = rows * columns;
        for (int i = 0; i < n; i++) {
            a[i] = apply(z[i]);
        }
    }

    /**
     * {@code delta[i] *= f'(z[i])} for the first {@code n} elements: the step back through a hidden layer. The
     * common activations override it with a loop of their own, which the JIT can vectorise.
     */
    void multiplyByDerivative(double[] z, double[] a, int n, double[] delta) {
        for (int i = 0; i < n; i++) {
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

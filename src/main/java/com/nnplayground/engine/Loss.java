package com.nnplayground.engine;

/**
 * How far the outputs {@code a} are from the targets {@code y}. Both are flat {@code rows x outputs}
 * matrices; only the first {@code rows * outputs} elements are read.
 */
public enum Loss {
    /** The seed's sum of squares: {@code sum (y - a)^2} over all rows and outputs. */
    SSE {
        @Override
        public double value(double[] y, double[] a, int rows, int outputs) {
            return sumOfSquares(y, a, rows * outputs);
        }

        @Override
        public double derivative(double y, double a, int rows, int outputs) {
            return 2.0 * (a - y);
        }
    },
    /** {@code SSE / (rows * outputs)}. */
    MSE {
        @Override
        public double value(double[] y, double[] a, int rows, int outputs) {
            return sumOfSquares(y, a, rows * outputs) / ((double) rows * outputs);
        }

        @Override
        public double derivative(double y, double a, int rows, int outputs) {
            return 2.0 * (a - y) / ((double) rows * outputs);
        }
    },
    /** Binary cross-entropy, {@code -mean(y ln p + (1 - y) ln(1 - p))} over all elements, p clamped to stay finite. */
    BCE {
        @Override
        public double value(double[] y, double[] a, int rows, int outputs) {
            int n = rows * outputs;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double p = clamp(a[i]);
                sum += y[i] * Math.log(p) + (1.0 - y[i]) * Math.log(1.0 - p);
            }
            return -sum / n;
        }

        @Override
        public double derivative(double y, double a, int rows, int outputs) {
            double p = clamp(a);
            return (p - y) / (p * (1.0 - p) * rows * outputs);
        }
    },
    /** Categorical cross-entropy for a softmax output, {@code -(1/rows) sum y ln p}. */
    CROSS_ENTROPY {
        @Override
        public double value(double[] y, double[] a, int rows, int outputs) {
            int n = rows * outputs;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (y[i] != 0) {
                    sum += y[i] * Math.log(Math.max(a[i], EPSILON));
                }
            }
            return -sum / rows;
        }

        @Override
        public double derivative(double y, double a, int rows, int outputs) {
            return -y / (Math.max(a, EPSILON) * rows);
        }
    };

    /** Keeps log away from 0 so a confident wrong answer costs a large but finite loss. */
    static final double EPSILON = 1e-12;

    /** The loss of outputs {@code a} against targets {@code y}. */
    public abstract double value(double[] y, double[] a, int rows, int outputs);

    /** {@code dL/da} for one output element. */
    public abstract double derivative(double y, double a, int rows, int outputs);

    /**
     * The output delta {@code dL/dz} into {@code delta}. Sigmoid with BCE and softmax with cross-entropy use
     * the simplified {@code (a - y) / n} forms (exact, and stable where {@code dL/da} alone is huge);
     * every other pair uses the chain rule {@code dL/da * f'(z)}.
     *
     * @throws IllegalArgumentException for softmax with any loss but cross-entropy
     */
    public void outputDelta(Activation f, double[] y, double[] z, double[] a, int rows, int outputs, double[] delta) {
        int n = rows * outputs;
        if (this == BCE && f == Activation.SIGMOID || this == CROSS_ENTROPY && f == Activation.SOFTMAX) {
            double scale = this == BCE ? 1.0 / n : 1.0 / rows;
            for (int i = 0; i < n; i++) {
                delta[i] = (a[i] - y[i]) * scale;
            }
        } else if (f == Activation.SOFTMAX) {
            throw new IllegalArgumentException("softmax output needs the cross_entropy loss, not " + id());
        } else {
            for (int i = 0; i < n; i++) {
                delta[i] = derivative(y[i], a[i], rows, outputs) * f.derivative(z[i], a[i]);
            }
        }
    }

    /**
     * This batch's share of a whole epoch's loss: summed losses add up, mean losses are weighted by the
     * batch's rows, so an epoch of mini-batches reports the same kind of number as one full batch.
     */
    double shareOfEpoch(double batchLoss, int batchRows, int totalRows) {
        return this == SSE || batchRows == totalRows ? batchLoss : batchLoss * batchRows / totalRows;
    }

    /** The id used in forms, files and the CLI: "sse", "mse", "bce", "cross_entropy". */
    public String id() {
        return Ids.of(this);
    }

    /** @throws IllegalArgumentException naming the allowed ids when {@code id} is unknown */
    public static Loss fromId(String id) {
        return Ids.parse(values(), "loss", id);
    }

    private static double sumOfSquares(double[] y, double[] a, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double error = y[i] - a[i];
            sum += error * error;
        }
        return sum;
    }

    private static double clamp(double p) {
        return Math.min(Math.max(p, EPSILON), 1.0 - EPSILON);
    }
}

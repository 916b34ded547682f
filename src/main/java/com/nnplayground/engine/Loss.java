package com.nnplayground.engine;

/**
 * How far the outputs {@code a} are from the targets {@code y}. Both are {@code rows x outputs} matrices: flat rows
 * ({@code [r * outputs + k]}), or laid out with any other steps, element (r, k) at {@code r * rowStep + k *
 * outputStep} (the kernels' neuron-major layers: {@code rowStep} 1, {@code outputStep} the layer's stride). Either
 * way the sums run over r, then k, so both layouts give the same bits.
 */
public enum Loss {
    /** The seed's sum of squares: {@code sum (y - a)^2} over all rows and outputs. */
    SSE {
        @Override
        public double sum(double[] y, double[] a, int rows, int outputs, int rowStep, int outputStep, double start) {
            return sumOfSquares(y, a, rows, outputs, rowStep, outputStep, start);
        }

        @Override
        public double fromSum(double sum, int rows, int outputs) {
            return sum;
        }

        @Override
        public double derivative(double y, double a, int rows, int outputs) {
            return 2.0 * (a - y);
        }
    },
    /** {@code SSE / (rows * outputs)}. */
    MSE {
        @Override
        public double sum(double[] y, double[] a, int rows, int outputs, int rowStep, int outputStep, double start) {
            return sumOfSquares(y, a, rows, outputs, rowStep, outputStep, start);
        }

        @Override
        public double fromSum(double sum, int rows, int outputs) {
            return sum / ((double) rows * outputs);
        }

        @Override
        public double derivative(double y, double a, int rows, int outputs) {
            return 2.0 * (a - y) / ((double) rows * outputs);
        }
    },
    /** Binary cross-entropy, {@code -mean(y ln p + (1 - y) ln(1 - p))} over all elements, p clamped to stay finite. */
    BCE {
        @Override
        public double sum(double[] y, double[] a, int rows, int outputs, int rowStep, int outputStep, double start) {
            double sum = start;
            for (int r = 0; r < rows; r++) {
                for (int k = 0, i = r * rowStep; k < outputs; k++, i += outputStep) {
                    double p = clamp(a[i]);
                    sum += y[i] * Math.log(p) + (1.0 - y[i]) * Math.log(1.0 - p);
                }
            }
            return sum;
        }

        @Override
        public double fromSum(double sum, int rows, int outputs) {
            return -sum / (rows * outputs);
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
        public double sum(double[] y, double[] a, int rows, int outputs, int rowStep, int outputStep, double start) {
            double sum = start;
            for (int r = 0; r < rows; r++) {
                for (int k = 0, i = r * rowStep; k < outputs; k++, i += outputStep) {
                    if (y[i] != 0) {
                        sum += y[i] * Math.log(Math.max(a[i], EPSILON));
                    }
                }
            }
            return sum;
        }

        @Override
        public double fromSum(double sum, int rows, int outputs) {
            return -sum / rows;
        }

        @Override
        public double derivative(double y, double a, int rows, int outputs) {
            return -y / (Math.max(a, EPSILON) * rows);
        }
    };

    /** Keeps log away from 0 so a confident wrong answer costs a large but finite loss. */
    static final double EPSILON = 1e-12;

    /** The loss of outputs {@code a} against targets {@code y}, both flat rows. */
    public double value(double[] y, double[] a, int rows, int outputs) {
        return value(y, a, rows, outputs, outputs, 1);
    }

    /**
     * The loss of outputs {@code a} against targets {@code y}, both holding element (r, k) at
     * {@code r * rowStep + k * outputStep}.
     */
    public double value(double[] y, double[] a, int rows, int outputs, int rowStep, int outputStep) {
        return fromSum(sum(y, a, rows, outputs, rowStep, outputStep, 0), rows, outputs);
    }

    /**
     * What {@link #value} adds up over the elements (r, then k), before it is scaled to the loss, carried on from
     * {@code start} (0 for a whole batch): the parts of a batch, each carried on from the sum of those before it and
     * given to {@link #fromSum} with the batch's rows, make the whole batch's loss, bit for bit.
     */
    public abstract double sum(double[] y, double[] a, int rows, int outputs, int rowStep, int outputStep,
                               double start);

    /** The loss of {@code rows} rows whose {@link #sum} is {@code sum}. */
    public abstract double fromSum(double sum, int rows, int outputs);

    /** {@code dL/da} for one output element. */
    public abstract double derivative(double y, double a, int rows, int outputs);

    /**
     * The output delta {@code dL/dz} into {@code delta}, all four flat rows. Sigmoid with BCE and softmax with
     * cross-entropy use the simplified {@code (a - y) / n} forms (exact, and stable where {@code dL/da} alone is
     * huge); every other pair uses the chain rule {@code dL/da * f'(z)}.
     *
     * @throws IllegalArgumentException for softmax with any loss but cross-entropy
     */
    public void outputDelta(Activation f, double[] y, double[] z, double[] a, int rows, int outputs, double[] delta) {
        outputDelta(f, y, z, a, rows, outputs, outputs, 1, delta);
    }

    /**
     * {@link #outputDelta(Activation, double[], double[], double[], int, int, double[])} on {@code y}, {@code z},
     * {@code a} and {@code delta} that all hold element (r, k) at {@code r * rowStep + k * outputStep}.
     */
    public void outputDelta(Activation f, double[] y, double[] z, double[] a, int rows, int outputs, int rowStep,
                            int outputStep, double[] delta) {
        outputDelta(f, y, z, a, rows, rows, outputs, rowStep, outputStep, delta);
    }

    /**
     * As {@link #outputDelta(Activation, double[], double[], double[], int, int, int, int, double[])}, for {@code rows}
     * rows that are part of a batch of {@code batchRows}: a mean loss's delta is scaled by the batch's rows, so the
     * parts' deltas are the whole batch's, bit for bit.
     */
    public void outputDelta(Activation f, double[] y, double[] z, double[] a, int rows, int batchRows, int outputs,
                            int rowStep, int outputStep, double[] delta) {
        boolean simplified = this == BCE && f == Activation.SIGMOID || this == CROSS_ENTROPY && f == Activation.SOFTMAX;
        if (f == Activation.SOFTMAX && !simplified) {
            throw new IllegalArgumentException("softmax output needs the cross_entropy loss, not " + id());
        }
        // element by element, so in any order: along the unit step, a row's outputs or an output's rows
        boolean byOutput = rowStep == 1;
        int lines = byOutput ? outputs : rows;
        int lineStep = byOutput ? outputStep : rowStep;
        int length = byOutput ? rows : outputs;
        int step = byOutput ? 1 : outputStep;
        double scale = this == BCE ? 1.0 / (batchRows * outputs) : 1.0 / batchRows;
        for (int line = 0; line < lines; line++) {
            int from = line * lineStep;
            int to = from + length * step;
            if (simplified) {
                for (int i = from; i < to; i += step) {
                    delta[i] = (a[i] - y[i]) * scale;
                }
            } else {
                for (int i = from; i < to; i += step) {
                    delta[i] = derivative(y[i], a[i], batchRows, outputs) * f.derivative(z[i], a[i]);
                }
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

    private static double sumOfSquares(double[] y, double[] a, int rows, int outputs, int rowStep, int outputStep,
                                       double start) {
        double sum = start;
        for (int r = 0; r < rows; r++) {
            for (int k = 0, i = r * rowStep; k < outputs; k++, i += outputStep) {
                double error = y[i] - a[i];
                sum += error * error;
            }
        }
        return sum;
    }

    private static double clamp(double p) {
        return Math.min(Math.max(p, EPSILON), 1.0 - EPSILON);
    }
}

package com.nnplayground.training;

import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Matrices;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.Training;
import com.nnplayground.experiment.PreparedExperiment;

/**
 * The loss on the held-out rows, measured after at most {@link #MAX_POINTS} evenly spread iterations of a run
 * (every {@code ceil(iterations / MAX_POINTS)}-th, and the last), so that measuring it never costs more than a small
 * share of the training.
 */
final class TestLoss {
    static final int MAX_POINTS = 2000;
    private static final TestLoss NONE = new TestLoss(null, null, null, 1, 1);

    private final double[][] x;
    private final double[] y;
    private final Loss loss;
    private final int outputs;
    private final int stride;

    private TestLoss(double[][] x, double[] y, Loss loss, int outputs, int stride) {
        this.x = x;
        this.y = y;
        this.loss = loss;
        this.outputs = outputs;
        this.stride = stride;
    }

    static TestLoss of(PreparedExperiment experiment) {
        if (experiment.data().testCount() == 0) {
            return NONE;
        }
        double[][] testY = experiment.data().testY();
        int outputs = experiment.data().outputCount();
        int iterations = experiment.config().iterations();
        return new TestLoss(experiment.data().testX(), Matrices.flatten(testY, outputs), experiment.config().loss(), outputs,
                (int) Math.max(1, (iterations + (long) MAX_POINTS - 1) / MAX_POINTS));
    }

    boolean exists() {
        return x != null;
    }

    /** The test loss after this iteration, or NaN when this iteration is not one that is measured. */
    double at(int iteration, Training training) {
        if (x == null || (iteration % stride != 0 && iteration != training.config().iterations())) {
            return Double.NaN;
        }
        return of(training.network());
    }

    double of(Network network) {
        if (x == null) {
            return Double.NaN;
        }
        return loss.value(y, Matrices.flatten(network.predict(x), outputs), x.length, outputs);
    }
}

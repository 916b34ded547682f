package com.nnplayground.engine;

import java.util.SplittableRandom;

/** Gaussian clusters in 2-D, one per class, centred on a circle of radius 3 with spread 0.5; targets one-hot. */
record Clusters(double[][] x, double[][] y) {

    static Clusters generate(int classes, int perClass, SplittableRandom random) {
        double[][] x = new double[classes * perClass][];
        double[][] y = new double[classes * perClass][classes];
        for (int c = 0; c < classes; c++) {
            double angle = 2 * Math.PI * c / classes;
            for (int i = 0; i < perClass; i++) {
                int row = c * perClass + i;
                x[row] = new double[] {3 * Math.cos(angle) + 0.5 * gaussian(random),
                        3 * Math.sin(angle) + 0.5 * gaussian(random)};
                y[row][c] = 1.0;
            }
        }
        return new Clusters(x, y);
    }

    /** The fraction of rows whose largest output is the target class. */
    double accuracy(Network network) {
        double[][] predictions = network.predict(x);
        int correct = 0;
        for (int r = 0; r < x.length; r++) {
            if (y[r][argmax(predictions[r])] == 1.0) {
                correct++;
            }
        }
        return (double) correct / x.length;
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Box-Muller, so the data does not depend on the JDK's choice of Gaussian algorithm. */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}

package com.nnplayground.chart;

/**
 * An earlier run's training loss, drawn faded behind the current run's.
 *
 * @param label      its name in the legend, plain text
 * @param colour     which of the chart's overlay colours (taken round when past the last)
 * @param iterations ascending
 * @param losses     the training loss at each of those iterations
 */
public record ChartOverlay(String label, int colour, int[] iterations, double[] losses) {
    public ChartOverlay {
        if (iterations.length != losses.length) {
            throw new IllegalArgumentException("iterations and losses must have the same length");
        }
    }
}

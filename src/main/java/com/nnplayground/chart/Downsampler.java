package com.nnplayground.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Shrinks a loss history to a bounded number of points while keeping the curve's shape.
 *
 * <p>The iteration axis is cut into buckets of equal width; each bucket keeps only its points with the
 * lowest and the highest training loss (and, when there is a test series, the lowest and highest test
 * loss), in iteration order. Spikes and plateaus therefore survive, and so do the global minimum and
 * maximum. The first and the last point are always kept, so the curve starts where training started
 * and ends on the exact final loss.
 *
 * <p>Buckets are equal in iterations, not in point counts, because the chart's x axis is linear: when a
 * history is downsampled again and again as a long run goes on, the early part of the curve keeps its
 * fair share of points instead of being halved at every round.
 */
final class Downsampler {

    /** First, last, and one bucket with its four extremes. */
    static final int MIN_TARGET = 6;

    private Downsampler() {
    }

    /**
     * @param points    the history, iterations ascending
     * @param maxPoints the most points to return, at least {@value #MIN_TARGET}
     * @return {@code points} itself when it is small enough, otherwise a new list of at most
     *         {@code maxPoints} of its points, iterations ascending
     */
    static List<ChartPoint> downsample(List<ChartPoint> points, int maxPoints) {
        if (maxPoints < MIN_TARGET) {
            throw new IllegalArgumentException("maxPoints must be at least " + MIN_TARGET + ", was " + maxPoints);
        }
        int n = points.size();
        if (n <= maxPoints) {
            return points;
        }
        boolean hasTest = points.stream().anyMatch(ChartPoint::hasTestLoss);
        int keptPerBucket = hasTest ? 4 : 2;
        int buckets = (maxPoints - 2) / keptPerBucket;

        ChartPoint first = points.get(0);
        ChartPoint last = points.get(n - 1);
        double width = (double) (last.iteration() - first.iteration()) / buckets;

        List<ChartPoint> kept = new ArrayList<>(maxPoints);
        kept.add(first);
        int i = 1;
        for (int b = 0; b < buckets && i < n - 1; b++) {
            double end = b == buckets - 1 ? Double.POSITIVE_INFINITY : first.iteration() + (b + 1) * width;
            int start = i;
            while (i < n - 1 && points.get(i).iteration() < end) {
                i++;
            }
            keepExtremes(points, start, i, kept);
        }
        kept.add(last);
        return kept;
    }

    /** Adds the extreme points of {@code points[from, to)} to {@code kept}, in iteration order. */
    private static void keepExtremes(List<ChartPoint> points, int from, int to, List<ChartPoint> kept) {
        if (from == to) {
            return;
        }
        int minTrain = from;
        int maxTrain = from;
        int minTest = -1;
        int maxTest = -1;
        for (int j = from; j < to; j++) {
            ChartPoint p = points.get(j);
            // Double.compare orders NaN above +Infinity, so a diverged point counts as a maximum and stays visible
            if (Double.compare(p.trainingLoss(), points.get(minTrain).trainingLoss()) < 0) {
                minTrain = j;
            }
            if (Double.compare(p.trainingLoss(), points.get(maxTrain).trainingLoss()) > 0) {
                maxTrain = j;
            }
            if (p.hasTestLoss()) {
                if (minTest < 0 || Double.compare(p.testLoss(), points.get(minTest).testLoss()) < 0) {
                    minTest = j;
                }
                if (maxTest < 0 || Double.compare(p.testLoss(), points.get(maxTest).testLoss()) > 0) {
                    maxTest = j;
                }
            }
        }
        TreeSet<Integer> indices = new TreeSet<>(List.of(minTrain, maxTrain));
        if (minTest >= 0) {
            indices.add(minTest);
            indices.add(maxTest);
        }
        for (int index : indices) {
            kept.add(points.get(index));
        }
    }
}

package com.nnplayground.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DownsamplerTest {

    /** A noisy decaying loss curve with a spike at iteration 7000, test loss every 10th iteration. */
    private static List<ChartPoint> noisyCurve(int n) {
        Random random = new Random(42);
        List<ChartPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double train = Math.exp(-i / 2000.0) * (1 + 0.1 * random.nextGaussian()) + 1e-4;
            if (i == 7000) {
                train = 50;
            }
            Double test = i % 10 == 0 ? train * 1.2 + 0.01 * random.nextDouble() : null;
            points.add(new ChartPoint(i, train, test));
        }
        return points;
    }

    @Test
    void a_history_within_the_limit_is_returned_unchanged() {
        List<ChartPoint> points = noisyCurve(100);
        assertSame(points, Downsampler.downsample(points, 100));
    }

    @Test
    void the_result_never_exceeds_the_limit() {
        for (int n : new int[] {7, 101, 4001, 20_000}) {
            for (int max : new int[] {6, 7, 100, 2000}) {
                List<ChartPoint> withTest = noisyCurve(n);
                List<ChartPoint> trainOnly = withTest.stream().map(p -> ChartPoint.of(p.iteration(), p.trainingLoss())).toList();
                assertTrue(Downsampler.downsample(withTest, max).size() <= max, n + " -> " + max);
                assertTrue(Downsampler.downsample(trainOnly, max).size() <= max, n + " -> " + max + " (train only)");
            }
        }
    }

    @Test
    void halving_keeps_about_half_of_an_evenly_spaced_history() {
        List<ChartPoint> trainOnly = noisyCurve(8000).stream().map(p -> ChartPoint.of(p.iteration(), p.trainingLoss())).toList();
        int size = Downsampler.downsample(trainOnly, 4000).size();
        assertTrue(size > 3900 && size <= 4000, "size " + size);
    }

    @Test
    void first_and_last_points_survive_exactly() {
        List<ChartPoint> points = noisyCurve(20_000);
        List<ChartPoint> kept = Downsampler.downsample(points, 500);
        assertEquals(points.get(0), kept.get(0));
        assertEquals(points.get(points.size() - 1), kept.get(kept.size() - 1));
    }

    @Test
    void global_minimum_and_maximum_of_both_series_survive() {
        List<ChartPoint> points = noisyCurve(20_000);
        List<ChartPoint> kept = Downsampler.downsample(points, 500);
        Comparator<ChartPoint> byTrain = Comparator.comparingDouble(ChartPoint::trainingLoss);
        Comparator<ChartPoint> byTest = Comparator.comparingDouble(ChartPoint::testLoss);
        List<ChartPoint> tested = points.stream().filter(ChartPoint::hasTestLoss).toList();

        assertTrue(kept.contains(points.stream().min(byTrain).orElseThrow()));
        assertTrue(kept.contains(points.stream().max(byTrain).orElseThrow()), "the spike at 7000 is kept");
        assertTrue(kept.contains(tested.stream().min(byTest).orElseThrow()));
        assertTrue(kept.contains(tested.stream().max(byTest).orElseThrow()));
    }

    @Test
    void iterations_stay_strictly_ascending() {
        List<ChartPoint> kept = Downsampler.downsample(noisyCurve(20_000), 500);
        for (int i = 1; i < kept.size(); i++) {
            assertTrue(kept.get(i - 1).iteration() < kept.get(i).iteration(), "at " + i);
        }
    }

    @Test
    void a_diverged_point_is_kept_as_a_maximum() {
        List<ChartPoint> points = new ArrayList<>(noisyCurve(10_000));
        points.set(5000, ChartPoint.of(5000, Double.NaN));
        assertTrue(Downsampler.downsample(points, 100).contains(points.get(5000)));
    }

    @Test
    void repeated_downsampling_of_a_long_run_keeps_the_early_curve() {
        int cap = 4000;
        List<ChartPoint> history = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            history.add(ChartPoint.of(i, 1.0 / (1 + i)));
            if (history.size() > cap) {
                history = new ArrayList<>(Downsampler.downsample(history, cap / 2));
            }
        }
        assertTrue(history.size() <= cap);
        long early = history.stream().filter(p -> p.iteration() < 100_000).count();
        assertTrue(early >= history.size() / 20, "the first tenth of the run keeps " + early + " of " + history.size() + " points");
        assertEquals(999_999, history.get(history.size() - 1).iteration());
    }

    @Test
    void a_limit_too_small_for_first_last_and_one_bucket_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> Downsampler.downsample(noisyCurve(100), 5));
    }
}

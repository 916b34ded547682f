package com.nnplayground.replay;

import com.nnplayground.dataset.Preset;
import com.nnplayground.engine.Training;
import com.nnplayground.engine.TrainingListener;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.Recommendation;
import com.nnplayground.experiment.TrainingSettings;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the replay snapshots cost a run, and the memory they take: each workload is trained, alternately, without
 * snapshots ("A": the listener the training job has, minus the snapshot call) and with them ("B": plus
 * {@link Snapshots#offer}, as the job calls it after every iteration), in the same JVM, several rounds; the figures
 * are medians. Memory: the snapshots' arrays ({@link Snapshots#bytes()}) and the bytes the training thread allocated
 * in B beyond A. Replay: the slowest iteration to show (the one just before a kept snapshot, farthest from the last).
 *
 * <p>Run: {@code bench/replay.sh [ROUNDS]} (default 7).
 */
public final class ReplayCostBench {
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private record Workload(String name, PreparedExperiment experiment, int repeats) {
    }

    private record Timing(double seconds, long allocated, Snapshots snapshots) {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<Workload> workloads = List.of(
                new Workload("seed XOR 3-4-1, 1,500 it", PreparedExperiment.of(Experiment.seedArticle()), 400),
                new Workload("seed XOR 3-4-1, 1,000,000 it", PreparedExperiment.of(longer(Experiment.seedArticle(),
                        1_000_000)), 1),
                new Workload("circles (preset)", preset(Preset.CIRCLES), 20),
                new Workload("digits 64-32-10 Adam (preset)", preset(Preset.DIGITS), 1));
        System.out.printf(Locale.ROOT, "%-32s %8s %10s %12s %12s %8s %10s %12s%n", "workload", "kept", "KB/run",
                "alloc KB/run", "A it/s", "B/A", "B it/s", "replay ms");
        for (Workload w : workloads) {
            for (int i = 0; i < 2; i++) {
                time(w, false);
                time(w, true);
            }
            double[] a = new double[rounds];
            double[] b = new double[rounds];
            long[] extra = new long[rounds];
            Timing last = null;
            for (int r = 0; r < rounds; r++) {
                boolean bFirst = r % 2 == 1;
                Timing first = time(w, bFirst);
                Timing second = time(w, !bFirst);
                Timing without = bFirst ? second : first;
                Timing with = bFirst ? first : second;
                a[r] = without.seconds();
                b[r] = with.seconds();
                extra[r] = with.allocated() - without.allocated();
                last = with;
            }
            int iterations = w.experiment().config().iterations() * w.repeats();
            double aSpeed = iterations / median(a);
            double bSpeed = iterations / median(b);
            System.out.printf(Locale.ROOT, "%-32s %8d %10.1f %12.1f %12.0f %8.3f %10.0f %12.2f%n", w.name(),
                    last.snapshots().size(), last.snapshots().bytes() / 1024.0,
                    median(extra) / 1024.0 / w.repeats(), aSpeed, bSpeed / aSpeed, bSpeed,
                    slowestReplayMillis(w.experiment(), last.snapshots()));
        }
    }

    /** Trains the workload's run {@code repeats} times, with or without snapshots; the last run's snapshots. */
    private static Timing time(Workload w, boolean snapshots) {
        long thread = Thread.currentThread().threadId();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
        long begin = System.nanoTime();
        Snapshots kept = null;
        double[] sink = new double[1];
        for (int i = 0; i < w.repeats(); i++) {
            Training training = w.experiment().newTraining();
            Snapshots these = snapshots ? Snapshots.of(training) : null;
            TrainingListener listener = these == null ? (done, loss) -> sink[0] += loss
                    : (done, loss) -> {
                        sink[0] += loss;
                        these.offer(done, training);
                    };
            training.run(Integer.MAX_VALUE, listener, null);
            if (these != null) {
                these.end(training);
            }
            kept = these;
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        return new Timing(seconds, THREADS.getThreadAllocatedBytes(thread) - allocatedBefore, kept);
    }

    /** The iteration farthest past a kept snapshot, replayed from a fresh replay: the slider's slowest answer. */
    private static double slowestReplayMillis(PreparedExperiment experiment, Snapshots snapshots) {
        SnapshotSchedule schedule = snapshots.schedule();
        int worst = 0;
        for (int done = 0; done <= schedule.iterations(); done = Math.max(done + 1, done + done / 64)) {
            int candidate = nextKept(schedule, done) - 1;
            if (candidate - schedule.keptAtOrBefore(candidate) > worst - schedule.keptAtOrBefore(worst)) {
                worst = candidate;
            }
        }
        double[] millis = new double[5];
        for (int i = 0; i < millis.length; i++) {
            long begin = System.nanoTime();
            Replay.of(experiment, snapshots).after(worst);
            millis[i] = (System.nanoTime() - begin) / 1e6;
        }
        return median(millis);
    }

    private static int nextKept(SnapshotSchedule schedule, int done) {
        int next = done + 1;
        while (next < schedule.iterations() && !schedule.keeps(next)) {
            next++;
        }
        return Math.min(next, schedule.iterations());
    }

    private static PreparedExperiment preset(Preset preset) {
        return PreparedExperiment.of(Recommendation.forPreset(preset).experiment(preset.dataset()));
    }

    private static Experiment longer(Experiment e, int iterations) {
        TrainingSettings t = e.training();
        return new Experiment(e.dataset(), e.network(), new TrainingSettings(t.loss(), t.optimizer(), t.learningRate(),
                iterations, t.batchSize(), t.l2()), e.preparation());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double median(long[] values) {
        return median(Arrays.stream(values).asDoubleStream().toArray());
    }
}

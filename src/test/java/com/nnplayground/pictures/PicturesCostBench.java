package com.nnplayground.pictures;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nnplayground.chart.LossChartPanel;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.Preparation;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.Recommendation;
import com.nnplayground.experiment.TrainingSettings;
import com.nnplayground.pictures.ui.Pictures;
import com.nnplayground.training.PlaygroundLimits;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.TrainingJob;
import com.nnplayground.training.TrainingMetrics;
import com.nnplayground.training.TrainingObserver;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.TrainingService;
import com.nnplayground.training.ui.RunListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * What the pictures cost a run, measured as the page runs them: a real training service (its pool and its delivery
 * threads), and on each progress batch, on the delivery thread under the session lock (as {@code ui.access} runs
 * it), the page's loss chart alone ("without") or the loss chart and the pictures ("with"); then the response
 * Vaadin would push is written out (its JSON is the bytes per push). Runs alternate without and with, several
 * rounds; the figures are medians. The pictures' work per push is the delivery thread's CPU time in
 * {@code Pictures.progress}, so a busy machine does not inflate it.
 *
 * <p>Run: {@code bench/pictures.sh [ROUNDS] [SECONDS]} (default 5 rounds of 4 s per run).
 */
public final class PicturesCostBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Workload(String name, Experiment experiment) {
    }

    private record Run(double iterationsPerSecond, int pushes, double pictureMillis, double bytesPerPush) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 4;
        List<Workload> workloads = List.of(
                new Workload("seed XOR 3-4-1", longRun(Experiment.seedArticle())),
                new Workload("circles 2-8-1", longRun(preset(Preset.CIRCLES))),
                new Workload("spirals 2-16-16-1", longRun(preset(Preset.SPIRALS))),
                new Workload("sine 1-16-1", longRun(preset(Preset.SINE))));
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        ExecutorService delivery = Executors.newFixedThreadPool(2);
        TrainingService service = new TrainingService(pool, delivery, PlaygroundLimits.defaults(), new TrainingMetrics());
        System.out.printf(Locale.ROOT, "%d rounds, %.0f s per run, %d cores, %s%n", rounds, seconds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println("| workload | it/s without | it/s with | with / without | pushes/s | picture CPU ms/push"
                + " | bytes/push without | bytes/push with |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Workload w : workloads) {
            run(service, w, false, 1);
            run(service, w, true, 1);
            List<Run> without = new ArrayList<>();
            List<Run> with = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                boolean picturesFirst = r % 2 == 1;
                (picturesFirst ? with : without).add(run(service, w, picturesFirst, seconds));
                (picturesFirst ? without : with).add(run(service, w, !picturesFirst, seconds));
            }
            double a = median(without.stream().mapToDouble(Run::iterationsPerSecond));
            double b = median(with.stream().mapToDouble(Run::iterationsPerSecond));
            System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %.3f | %.1f | %.2f | %,.0f | %,.0f |%n", w.name(), a, b,
                    b / a, median(with.stream().mapToDouble(run -> run.pushes() / seconds)),
                    median(with.stream().mapToDouble(Run::pictureMillis)),
                    median(without.stream().mapToDouble(Run::bytesPerPush)),
                    median(with.stream().mapToDouble(Run::bytesPerPush)));
        }
        pool.shutdownNow();
        delivery.shutdownNow();
    }

    private static Experiment preset(Preset preset) {
        Recommendation r = Recommendation.forPreset(preset);
        return new Experiment(preset.dataset(), r.network(), r.training(), new Preparation(Scaling.NONE, 0.2));
    }

    /** The same experiment with more iterations than any run here reaches: it is stopped by time. */
    private static Experiment longRun(Experiment e) {
        TrainingSettings t = e.training();
        NetworkSettings n = e.network();
        return new Experiment(e.dataset(), n, new TrainingSettings(t.loss(), t.optimizer(), t.learningRate(), 10_000_000,
                t.batchSize(), t.l2()), e.preparation());
    }

    private static Run run(TrainingService service, Workload workload, boolean pictures, double seconds)
            throws InterruptedException {
        MockVaadin.setup();
        UI ui = UI.getCurrent();
        VaadinSession session = ui.getSession();
        LossChartPanel chart = new LossChartPanel();
        List<RunListener> followers = new ArrayList<>(List.of(chart));
        Pictures feed = new Pictures(workload::experiment);
        if (pictures) {
            ui.add(feed.diagram(), feed.outputMap());
            followers.add(0, feed);
        }
        ui.add(chart);
        PreparedExperiment prepared = PreparedExperiment.of(workload.experiment());
        UidlWriter writer = new UidlWriter();
        writer.createUidl(ui, false);
        followers.forEach(f -> f.started(prepared));
        writer.createUidl(ui, false);
        long[] pictureNanos = {0};
        long[] bytes = {0};
        int[] pushes = {0};
        double[] speed = {0};
        CountDownLatch done = new CountDownLatch(1);
        session.unlock();
        TrainingJob job = service.start(prepared, new TrainingObserver() {
            @Override
            public void onProgress(ProgressBatch batch) {
                session.lock();
                try {
                    long start = THREADS.getCurrentThreadCpuTime();
                    if (pictures) {
                        feed.progress(batch);
                    }
                    pictureNanos[0] += THREADS.getCurrentThreadCpuTime() - start;
                    chart.progress(batch);
                    bytes[0] += writer.createUidl(ui, false).toString().getBytes(StandardCharsets.UTF_8).length;
                    pushes[0]++;
                    speed[0] = batch.iterationsDone() / (batch.elapsedNanos() / 1e9);
                } finally {
                    session.unlock();
                }
            }

            @Override
            public void onFinished(TrainingOutcome outcome) {
                done.countDown();
            }
        });
        Thread.sleep((long) (seconds * 1000));
        job.cancel();
        done.await(30, TimeUnit.SECONDS);
        session.lock();
        MockVaadin.tearDown();
        int n = Math.max(1, pushes[0]);
        return new Run(speed[0], pushes[0], pictureNanos[0] / 1e6 / n, (double) bytes[0] / n);
    }

    private static double median(java.util.stream.DoubleStream values) {
        double[] sorted = values.sorted().toArray();
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private PicturesCostBench() {
    }
}

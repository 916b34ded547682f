package com.nnplayground.load;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nnplayground.chart.LossChartPanel;
import com.nnplayground.experiment.DefaultPace;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.maths.ui.EquationsPanel;
import com.nnplayground.pictures.ui.Pictures;
import com.nnplayground.training.PlaygroundLimits;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.RunStart;
import com.nnplayground.training.TrainingExecutorConfiguration;
import com.nnplayground.training.TrainingMetrics;
import com.nnplayground.training.TrainingObserver;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.TrainingService;
import com.nnplayground.training.ui.RunListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a class watching paced runs costs the server: PAGES pages train the seed's XOR at the pace its preset
 * suggests (1,500 iterations at 200 a second, 7.5 s), all at once, on the server's own pools; each page's loss chart,
 * pictures and maths follow its run on the delivery thread under the session lock (as {@code ui.access} runs them),
 * and the response Vaadin would push is written out. Prints, per round, the process's CPU time over the round's wall
 * time (as a share of one core), split into training and delivery, beside the same stretch idle.
 *
 * <p>Why not 40 browsers: the load test's browsers cannot show 40 paced pages here (a page's main thread spends
 * tens of milliseconds on each of the ten pushes a second, and the 40 share one core), so this measures the
 * server's side in one JVM: the 40 pages' components live in one mock UI, which writes what each push changes.
 *
 * <p>Run: {@code bench/paced-class.sh [ROUNDS] [PAGES]} (default 3 rounds of 40 pages).
 */
public final class PacedClassBench {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int cores = Runtime.getRuntime().availableProcessors();
        PlaygroundLimits limits = PlaygroundLimits.defaults();
        ExecutorService pool = new TrainingExecutorConfiguration().trainingExecutor(cores, limits);
        AtomicLong deliveryNanos = new AtomicLong();
        ExecutorService delivery = new TrainingExecutorConfiguration().trainingDeliveryExecutor(8);
        TrainingService service = new TrainingService(pool, delivery, limits, new TrainingMetrics());
        Experiment seed = Experiment.seedArticle();
        double pace = DefaultPace.forIterations(seed.training().iterations());
        System.out.printf(Locale.ROOT, "%d pages, seed XOR %,d iterations at %.0f a second (%.1f s), %d cores, %s%n",
                pages, seed.training().iterations(), pace, seed.training().iterations() / pace, cores,
                System.getProperty("java.version"));
        System.out.println("| round | wall s | server CPU, share of one core: idle / paced | of it, delivery (pictures,"
                + " maths, chart, response) | pushes/s a page | delivery CPU ms a push | bytes a push |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");

        MockVaadin.setup();
        UI ui = UI.getCurrent();
        VaadinSession session = ui.getSession();
        UidlWriter writer = new UidlWriter();
        List<List<RunListener>> followers = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            LossChartPanel chart = new LossChartPanel();
            Pictures pictures = new Pictures(() -> seed);
            EquationsPanel equations = new EquationsPanel();
            ui.add(pictures.diagram(), pictures.outputMap(), chart, equations);
            followers.add(List.of(pictures, equations, chart));
        }
        writer.createUidl(ui, false);
        session.unlock();
        for (int round = 0; round <= rounds; round++) {
            long idleCpu = OS.getProcessCpuTime();
            long idleStart = System.nanoTime();
            Thread.sleep(2000);
            double idleShare = (OS.getProcessCpuTime() - idleCpu) / (double) (System.nanoTime() - idleStart);

            CountDownLatch done = new CountDownLatch(pages);
            AtomicLong pushes = new AtomicLong();
            AtomicLong bytes = new AtomicLong();
            deliveryNanos.set(0);
            long cpu = OS.getProcessCpuTime();
            long start = System.nanoTime();
            for (List<RunListener> page : followers) {
                PreparedExperiment prepared = PreparedExperiment.of(seed);
                session.lock();
                try {
                    page.forEach(RunListener::cleared);
                    page.forEach(f -> f.started(prepared));
                    bytes.addAndGet(writer.createUidl(ui, false).toString().getBytes(StandardCharsets.UTF_8).length);
                } finally {
                    session.unlock();
                }
                service.start(prepared, new TrainingObserver() {
                    @Override
                    public void onProgress(ProgressBatch batch) {
                        deliver(() -> page.forEach(f -> f.progress(batch)));
                    }

                    @Override
                    public void onFinished(TrainingOutcome outcome) {
                        deliver(() -> page.forEach(f -> f.finished(prepared, outcome)));
                        done.countDown();
                    }

                    private void deliver(Runnable update) {
                        long t0 = threadCpu();
                        session.lock();
                        try {
                            update.run();
                            bytes.addAndGet(writer.createUidl(ui, false).toString().getBytes(StandardCharsets.UTF_8).length);
                            pushes.incrementAndGet();
                        } finally {
                            session.unlock();
                        }
                        deliveryNanos.addAndGet(threadCpu() - t0);
                    }
                }, new Object(), RunStart.paced(pace));
            }
            if (!done.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The paced runs did not finish within 2 minutes");
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double share = (OS.getProcessCpuTime() - cpu) / 1e9 / wall;
            if (round == 0) {
                continue;
            }
            System.out.printf(Locale.ROOT, "| %d | %.1f | %.1f %% / %.1f %% | %.1f %% | %.1f | %.2f | %,d |%n", round, wall,
                    100 * idleShare, 100 * share, 100 * deliveryNanos.get() / 1e9 / wall, pushes.get() / wall / pages,
                    deliveryNanos.get() / 1e6 / pushes.get(), bytes.get() / Math.max(1, pushes.get()));
        }
        session.lock();
        MockVaadin.tearDown();
        pool.shutdownNow();
        delivery.shutdownNow();
    }

    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private PacedClassBench() {
    }
}

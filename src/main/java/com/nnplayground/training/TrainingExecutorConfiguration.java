package com.nnplayground.training;

import com.nnplayground.engine.kernels.KernelThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The training pool: one thread per core by default, and a queue no longer than the runs it may hold; the lane of
 * large runs beside it ({@link LargeRuns}).
 */
@Configuration
@EnableConfigurationProperties(PlaygroundLimits.class)
public class TrainingExecutorConfiguration {
    public static final String EXECUTOR = "trainingExecutor";
    public static final String DELIVERY = "trainingDeliveryExecutor";
    public static final String LARGE_RUNS = "largeRunExecutor";

    @Bean(name = EXECUTOR, destroyMethod = "shutdownNow")
    public ExecutorService trainingExecutor(@Value("${playground.training.threads:0}") int threads,
                                            PlaygroundLimits limits) {
        return slicePool(threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), limits, "training-");
    }

    /**
     * Where runs whose iteration takes longer than a slice train, one thread by default: together they then take at
     * most one core from the small runs.
     */
    @Bean(name = LARGE_RUNS, destroyMethod = "shutdownNow")
    public ExecutorService largeRunExecutor(@Value("${playground.training.large-run-threads:1}") int threads,
                                            PlaygroundLimits limits) {
        return slicePool(Math.max(1, threads), limits, "training-large-");
    }

    private static ExecutorService slicePool(int size, PlaygroundLimits limits, String name) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS,
                new SliceQueue(Math.max(1, limits.maxActiveRuns())), runnable -> {
                    Thread thread = new Thread(runnable, name + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * The threads one run's large products may use, its pool thread included; helpers beyond it are shared by all
     * runs, one product at a time. The default, 1, keeps every run on its pool thread, so a large run never takes a
     * core from the small ones.
     */
    @Bean(destroyMethod = "close")
    public KernelThreads kernelThreads(@Value("${playground.training.threads-per-run:1}") int threadsPerRun) {
        return KernelThreads.start(threadsPerRun);
    }

    /**
     * The threads that hand reports to the pages (and so push to the browsers), apart from the training pool:
     * a slow browser connection then delays its own page only.
     */
    @Bean(name = DELIVERY, destroyMethod = "shutdownNow")
    public ExecutorService trainingDeliveryExecutor(@Value("${playground.training.delivery-threads:8}") int threads) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "training-delivery-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}

package com.nnplayground.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a run's reports to its observer on a delivery thread, never on the training thread: an observer that
 * pushes to a browser may block on a slow connection, and that must not hold up everybody's training.
 * Reports stay in order (one drain at a time per run), and progress that piled up while the observer was busy
 * goes out as one batch, so a slow page gets fewer, larger updates instead of a backlog.
 */
final class OrderedDelivery implements TrainingObserver {
    private static final Logger log = LoggerFactory.getLogger(OrderedDelivery.class);

    private final TrainingObserver observer;
    private final Executor executor;
    private final ConcurrentLinkedQueue<Object> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    OrderedDelivery(TrainingObserver observer, Executor executor) {
        this.observer = observer;
        this.executor = executor;
    }

    @Override
    public void onProgress(ProgressBatch batch) {
        pending.add(batch);
        schedule();
    }

    @Override
    public void onFinished(TrainingOutcome outcome) {
        pending.add(outcome);
        schedule();
    }

    private void schedule() {
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            List<ProgressBatch> progress = new ArrayList<>();
            for (Object report = pending.poll(); report != null; report = pending.poll()) {
                if (report instanceof ProgressBatch batch) {
                    progress.add(batch);
                } else {
                    deliver(progress);
                    progress.clear();
                    observer.onFinished((TrainingOutcome) report);
                }
            }
            deliver(progress);
        } catch (RuntimeException e) {
            log.warn("A training observer failed", e);
        } finally {
            draining.set(false);
            if (!pending.isEmpty()) {
                schedule();
            }
        }
    }

    private void deliver(List<ProgressBatch> batches) {
        if (!batches.isEmpty()) {
            observer.onProgress(ProgressBatch.merge(batches));
        }
    }
}

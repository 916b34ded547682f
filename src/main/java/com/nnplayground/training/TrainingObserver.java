package com.nnplayground.training;

/**
 * How a run reports back. Both report methods are called on a delivery thread, never a training thread: a view
 * wraps them in {@code ui.access(...)}. Progress comes in batches, a few a second (see {@link ProgressBatch}). The
 * service never asks a page anything: a page that comes and goes says so ({@link TrainingJob#setWatched(boolean)}).
 */
public interface TrainingObserver {

    void onProgress(ProgressBatch batch);

    void onFinished(TrainingOutcome outcome);
}

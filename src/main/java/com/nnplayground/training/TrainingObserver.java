package com.nnplayground.training;

/**
 * How a run reports back. Both methods are called on a training thread: a view wraps them in
 * {@code ui.access(...)}. Progress comes in batches, a few a second, each carrying every loss since the last.
 */
public interface TrainingObserver {

    void onProgress(ProgressBatch batch);

    void onFinished(TrainingOutcome outcome);
}

package com.nnplayground.training;

/**
 * How a run reports back. Both report methods are called on a delivery thread, never a training thread: a view
 * wraps them in {@code ui.access(...)}. Progress comes in batches, a few a second (see {@link ProgressBatch}).
 */
public interface TrainingObserver {

    void onProgress(ProgressBatch batch);

    void onFinished(TrainingOutcome outcome);

    /**
     * Whether anybody still sees this run: false once its page has gone without a word (a closed tab whose last
     * message was lost, a laptop asleep, a dropped network). Asked on a delivery thread, a few times a second at
     * most (the training thread reads the last answer, see {@link OrderedDelivery}), so it may wait briefly for the
     * page's lock. A run nobody sees waits without using the CPU, goes on if the page comes back, and stops when it
     * does not (see {@link TrainingService}).
     */
    default boolean watched() {
        return true;
    }
}

package com.nnplayground.training;

import java.util.concurrent.LinkedBlockingDeque;

/**
 * The training pool's queue: slices of running jobs wait in turn (round robin, fair share), and a new run's
 * {@link FirstSlice} goes to the front (newest first: each is only a few milliseconds). Bounded, like the
 * number of runs the server accepts.
 */
final class SliceQueue extends LinkedBlockingDeque<Runnable> {

    SliceQueue(int capacity) {
        super(capacity);
    }

    @Override
    public boolean offer(Runnable task) {
        return task instanceof FirstSlice ? offerFirst(task) : offerLast(task);
    }
}

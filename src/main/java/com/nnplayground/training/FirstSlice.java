package com.nnplayground.training;

/**
 * A run's first slice. The training pool's queue puts it ahead of the slices of runs already going, so a
 * student who presses Train sees a first point at once even when the whole class is training.
 */
record FirstSlice(Runnable slice) implements Runnable {
    @Override
    public void run() {
        slice.run();
    }
}

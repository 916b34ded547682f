package com.nnplayground.engine;

/** Hears about each finished training iteration. */
@FunctionalInterface
public interface TrainingListener {

    /** @param iteration 1-based count of iterations done so far; @param loss that iteration's data loss */
    void onIteration(int iteration, double loss);
}

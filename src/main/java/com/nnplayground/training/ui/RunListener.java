package com.nnplayground.training.ui;

import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.TrainingOutcome;

/**
 * A part of the page that follows a run: the page tells each of its panels, on the UI thread, when the results
 * are cleared (new data, Reset, or just before a run), when a run starts, how it goes (a few times a second)
 * and how it ended. A new panel implements what it needs and is added to the page's list of followers.
 */
public interface RunListener {

    /** The results of the last run go: new data, Reset, or a new run about to start. */
    default void cleared() {
    }

    /** A run of this experiment has started from {@code experiment.start()}. */
    default void started(PreparedExperiment experiment) {
    }

    /** The losses since the last batch, and where the run stands (its weights too, for a small network). */
    default void progress(ProgressBatch batch) {
    }

    /** The run is over: completed, stopped, diverged, out of time or failed; {@code outcome} says which. */
    default void finished(PreparedExperiment experiment, TrainingOutcome outcome) {
    }
}

package com.nnplayground.training;

import com.nnplayground.engine.Network;

/**
 * How a run ended and what it learned.
 *
 * @param end            why it ended
 * @param message        the reason in plain words, with a hint where one helps
 * @param network        the weights at the end (for a stop: the state at the stop)
 * @param predictions    the network's output for every dataset row, computed on the training thread
 * @param iterationsDone iterations run
 * @param finalLoss      the exact loss of the last iteration (NaN when none ran)
 * @param finalTestLoss  the loss on the test rows at the end (NaN without test rows)
 */
public record TrainingOutcome(End end, String message, Network network, double[][] predictions, int iterationsDone,
                              double finalLoss, double finalTestLoss) {

    /** UNWATCHED: stopped because its page went away and did not come back in time. */
    public enum End { COMPLETED, STOPPED, DIVERGED, TIME_LIMIT, UNWATCHED, FAILED }
}

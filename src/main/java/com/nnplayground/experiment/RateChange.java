package com.nnplayground.experiment;

/**
 * The learning rate and L2 penalty changed during a run (on the page, while it trained): from {@code iteration} on
 * (1-based, as the loss chart counts), every iteration trains with these. Kept in the experiment, so that a saved
 * file, the command line and a replay give the run that was watched.
 */
public record RateChange(int iteration, double learningRate, double l2) {
}

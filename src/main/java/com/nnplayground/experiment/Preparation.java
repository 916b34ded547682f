package com.nnplayground.experiment;

import com.nnplayground.dataset.Scaling;

/**
 * How the data is prepared before training (the {@code dataset.scaling} and {@code dataset.testShare} fields).
 *
 * @param scaling   rescaling of numeric inputs, fitted on the training rows
 * @param testShare share of rows held out for testing, 0 to 0.5
 */
public record Preparation(Scaling scaling, double testShare) {
    /** The seed's: raw inputs, every row trains. */
    public static final Preparation NONE = new Preparation(Scaling.NONE, 0);
}

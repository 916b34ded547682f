package com.nnplayground.experiment;

import com.nnplayground.dataset.Scaling;

/**
 * How the data is prepared before training (the {@code dataset.scaling}, {@code dataset.testShare} and
 * {@code dataset.targetScaling} fields).
 *
 * @param scaling       rescaling of numeric inputs, fitted on the training rows
 * @param testShare     share of rows held out for testing, 0 to 0.5
 * @param targetScaling rescaling of a numeric target, fitted on the training rows (results stay in its units)
 */
public record Preparation(Scaling scaling, double testShare, Scaling targetScaling) {
    /** The seed's: raw inputs, every row trains. */
    public static final Preparation NONE = new Preparation(Scaling.NONE, 0);

    /** The target as it is. */
    public Preparation(Scaling scaling, double testShare) {
        this(scaling, testShare, Scaling.NONE);
    }
}

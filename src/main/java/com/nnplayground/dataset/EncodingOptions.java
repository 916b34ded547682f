package com.nnplayground.dataset;

/**
 * How a table becomes training data.
 *
 * @param scaling       rescaling of numeric inputs
 * @param testShare     share of rows held out for testing, 0 to 0.5 (stratified by class)
 * @param seed          the seed of the shuffle that picks the test rows
 * @param targetScaling rescaling of a numeric target (regression), fitted on the training rows
 */
public record EncodingOptions(Scaling scaling, double testShare, long seed, Scaling targetScaling) {
    public static final double MAX_TEST_SHARE = 0.5;
    public static final EncodingOptions NONE = new EncodingOptions(Scaling.NONE, 0, 0);

    /** The target as it is. */
    public EncodingOptions(Scaling scaling, double testShare, long seed) {
        this(scaling, testShare, seed, Scaling.NONE);
    }

    public EncodingOptions {
        if (!(testShare >= 0 && testShare <= MAX_TEST_SHARE)) {
            throw new DatasetException("The test share must be from 0 to 50 %, not " + Math.round(testShare * 100) + " %.");
        }
    }
}

package com.nnplayground.dataset;

/** What the target column asks of the network. */
public enum TargetKind {
    /** Numbers to approximate. */
    REGRESSION,
    /** Two classes, one output in [0, 1]: 0/1 numbers, or two text labels. */
    BINARY,
    /** Three or more text labels, one output per class (one-hot). */
    MULTICLASS;

    public boolean isClassification() {
        return this != REGRESSION;
    }
}

package com.nnplayground.engine;

/** Why a training run finished. */
public enum StopReason {
    /** All configured iterations ran. */
    COMPLETED,
    /** Someone cancelled it. */
    CANCELLED,
    /** The loss or a weight stopped being a finite number; the weights are the last finite ones. */
    DIVERGED
}

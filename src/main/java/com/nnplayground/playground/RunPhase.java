package com.nnplayground.playground;

/** Where the page's run stands, which decides what each of its buttons does. */
enum RunPhase {
    /** No run yet, or its results cleared: Train or Step starts one. */
    IDLE,
    /** Training: Pause or Stop. */
    RUNNING,
    /** Paused: Continue, Step, Stop, or Train again from the start. */
    PAUSED,
    /** Over (completed, stopped, diverged...): its results shown; Train or Step starts afresh. */
    FINISHED
}

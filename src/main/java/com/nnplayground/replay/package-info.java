/**
 * Replaying a run at any iteration, in plain Java: which iterations keep a snapshot of the run's state (every one early
 * on, then spaced out, within a memory budget), the snapshots a run keeps as it trains, and the network at any
 * iteration, recomputed from the nearest earlier snapshot (training is deterministic).
 */
package com.nnplayground.replay;

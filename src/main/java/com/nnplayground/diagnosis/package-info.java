/**
 * Notes in plain words on how a run goes, each with a suggestion, each only when it applies: divergence, saturated or
 * dead units, a plateau, overfitting, a rate too high. Plain Java (the {@code /diagnostics} endpoint is another thing:
 * figures for the load test).
 */
package com.nnplayground.diagnosis;

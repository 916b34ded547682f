/**
 * The live loss chart: the Java side of the {@code <loss-chart>} web component (src/main/frontend/loss-chart.ts),
 * the loss history it keeps on the server, and the panel with the log-scale toggle and downloads.
 */
package com.nnplayground.chart;

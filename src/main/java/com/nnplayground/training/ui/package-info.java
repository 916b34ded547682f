/**
 * What the page shows of a run while it trains: its progress bar, and the {@link RunListener} through which every
 * panel that follows a run (chart, predictions, maths, ...) hears of it.
 */
package com.nnplayground.training.ui;

/**
 * The results on the page after a run: the summary line, the predictions grid and its CSV export, the confusion
 * matrix, and "try an input".
 */
package com.nnplayground.results.ui;

package com.nnplayground.results;

import java.util.List;

/**
 * One dataset row next to what the network made of it.
 *
 * @param row            1-based row number, as in the data grid
 * @param inputs         the input cells as the user gave them
 * @param target         the target cell as given
 * @param outputs        the network's outputs
 * @param error          prediction minus target for one output; 1 - p(true class) for several classes
 * @param actualClass    the target's class, or null for regression
 * @param predictedClass the class the outputs stand for, or null for regression
 * @param correct        whether the predicted class is the target's, or null for regression
 * @param test           whether the row was held out for testing
 */
public record PredictionRow(int row, List<String> inputs, String target, double[] outputs, double error,
                            String actualClass, String predictedClass, Boolean correct, boolean test) {
}

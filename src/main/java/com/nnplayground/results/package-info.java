/**
 * What a trained network made of the data, in plain Java: one prediction row per data row (outputs, error,
 * predicted class, right or wrong) and the accuracy, for the page and for the command line's {@code train}.
 */
package com.nnplayground.results;

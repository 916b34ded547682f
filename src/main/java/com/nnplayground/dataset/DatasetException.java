package com.nnplayground.dataset;

/** A dataset that cannot be used, with a message that says what is wrong and where (row, column). */
public class DatasetException extends IllegalArgumentException {
    public DatasetException(String message) {
        super(message);
    }
}

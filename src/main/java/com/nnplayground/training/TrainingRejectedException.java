package com.nnplayground.training;

/** A run the server will not start; the message says why in plain words. */
public class TrainingRejectedException extends RuntimeException {
    public TrainingRejectedException(String message) {
        super(message);
    }
}

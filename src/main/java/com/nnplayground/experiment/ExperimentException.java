package com.nnplayground.experiment;

/** An experiment that cannot run; the message starts with the field at fault, e.g. {@code network.hidden[1]}. */
public class ExperimentException extends IllegalArgumentException {
    private final String field;

    public ExperimentException(String field, String problem) {
        super(field.isEmpty() ? problem : field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package com.nnplayground.maths;

/** The four parts of one iteration, in the order the engine does them. */
public enum Stage {
    FORWARD("Forward pass"),
    LOSS("Loss"),
    BACKWARD("Backward pass"),
    UPDATE("Update");

    private final String title;

    Stage(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The stage after this one; after the update, the forward pass again. */
    public Stage next() {
        return values()[(ordinal() + 1) % values().length];
    }
}

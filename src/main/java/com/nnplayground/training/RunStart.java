package com.nnplayground.training;

/**
 * How a run starts: at a pace ({@code iterationsPerSecond}, {@link Double#POSITIVE_INFINITY} for as fast as it goes),
 * training on its own, or paused after its first {@code steps} iterations (Step pressed before any run).
 */
public record RunStart(double iterationsPerSecond, boolean paused, int steps) {

    public RunStart {
        if (!(iterationsPerSecond > 0)) {
            throw new IllegalArgumentException("A pace must be above 0 iterations a second, not " + iterationsPerSecond);
        }
        if (steps < 0) {
            throw new IllegalArgumentException("Steps must be 0 or more, not " + steps);
        }
    }

    /** Today's run: as fast as the server goes. */
    public static RunStart atFullSpeed() {
        return new RunStart(Double.POSITIVE_INFINITY, false, 0);
    }

    public static RunStart paced(double iterationsPerSecond) {
        return new RunStart(iterationsPerSecond, false, 0);
    }

    /** A run that trains {@code steps} iterations and pauses; Continue then goes on at {@code iterationsPerSecond}. */
    public static RunStart stepping(double iterationsPerSecond, int steps) {
        return new RunStart(iterationsPerSecond, true, steps);
    }
}

package com.nnplayground.training;

import com.nnplayground.engine.StopReason;
import com.nnplayground.numbers.Numbers;
import com.nnplayground.training.TrainingOutcome.End;

/** How a run's end is said to the student, with a hint where one helps. */
final class Endings {

    private Endings() {
    }

    /** Why a run that trained to its end (not one whose page went away, not one that failed) ended. */
    static End of(StopReason reason, boolean timeLimitHit) {
        if (timeLimitHit) {
            return End.TIME_LIMIT;
        }
        return reason == StopReason.COMPLETED ? End.COMPLETED : reason == StopReason.DIVERGED ? End.DIVERGED : End.STOPPED;
    }

    /** {@code learningRate}: the rate the run trained with last. */
    static String message(End end, int done, int total, double learningRate, long maxRunNanos) {
        return switch (end) {
            case COMPLETED -> String.format("Trained for %,d iterations.", done);
            case STOPPED -> String.format("Stopped at iteration %,d of %,d; the results show the network as it was then.",
                    done, total);
            case TIME_LIMIT -> String.format("Stopped at iteration %,d of %,d: a run may take at most %d seconds on"
                    + " this server (pauses and the waits of a slow pace do not count). Use fewer iterations, a smaller"
                    + " network or a faster pace.", done, total, maxRunNanos / 1_000_000_000L);
            case DIVERGED -> String.format("The loss became infinite or not a number at iteration %,d: the steps"
                    + " are too large and the weights blew up. Lower the learning rate (now %s) and train again."
                    + " The results show the last good state.", done + 1, Numbers.setting(learningRate));
            case UNWATCHED -> unwatched(done, total, 0);
            case FAILED -> "Training failed.";
        };
    }

    static String unwatched(int done, int total, long graceNanos) {
        return String.format("Stopped at iteration %,d of %,d: this page lost its connection to the server%s, so the"
                + " run stopped. The results show the network as it was then.",
                done, total, graceNanos > 0 ? String.format(" for over %d seconds", graceNanos / 1_000_000_000L) : "");
    }
}

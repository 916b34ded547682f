package com.nnplayground.training;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the training service measures for {@code /diagnostics}: how long each run took from its start to its first
 * progress batch, the server's own share of "Train to first chart point". Kept until read, at most
 * {@value #MAX_KEPT} at a time, so a server nobody asks does not grow.
 */
@Component
public class TrainingMetrics {
    static final int MAX_KEPT = 10_000;

    private final List<Double> firstProgressMillis = new ArrayList<>();

    /** A run's first progress went out, this many milliseconds after the run was made. */
    public void firstProgress(double millis) {
        synchronized (firstProgressMillis) {
            if (firstProgressMillis.size() < MAX_KEPT) {
                firstProgressMillis.add(millis);
            }
        }
    }

    /** The first-progress delays recorded since the last call, in milliseconds; forgets them. */
    public List<Double> drainFirstProgressMillis() {
        synchronized (firstProgressMillis) {
            List<Double> drained = List.copyOf(firstProgressMillis);
            firstProgressMillis.clear();
            return drained;
        }
    }
}

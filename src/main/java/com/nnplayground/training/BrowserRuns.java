package com.nnplayground.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of each browser (an owner: a session, all its tabs), at most {@code limit} at once. A slot is taken
 * before its job exists (held by null) and given the job once it does.
 */
final class BrowserRuns {
    private final int limit;
    private final Map<Object, List<TrainingJob>> runs = new HashMap<>();

    BrowserRuns(int limit) {
        this.limit = limit;
    }

    /** Takes one of the owner's slots; false when it has none left. */
    synchronized boolean acquire(Object owner) {
        List<TrainingJob> jobs = runs.computeIfAbsent(owner, o -> new ArrayList<>());
        if (jobs.size() >= limit) {
            return false;
        }
        jobs.add(null);
        return true;
    }

    /** Gives a slot taken by {@link #acquire} its job. */
    synchronized void assign(Object owner, TrainingJob job) {
        List<TrainingJob> jobs = runs.get(owner);
        jobs.set(jobs.indexOf(null), job);
    }

    /** Frees the job's slot (or, with null, a slot that never got its job). */
    synchronized void release(Object owner, TrainingJob job) {
        List<TrainingJob> jobs = runs.get(owner);
        if (jobs != null && jobs.remove(job) && jobs.isEmpty()) {
            runs.remove(owner);
        }
    }

    /** The owner's runs that wait for a page that went away. */
    synchronized List<TrainingJob> waiting(Object owner) {
        return runs.getOrDefault(owner, List.of()).stream().filter(job -> job != null && job.waiting()).toList();
    }
}

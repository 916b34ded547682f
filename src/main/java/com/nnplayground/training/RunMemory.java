package com.nnplayground.training;

import com.nnplayground.capacity.MemoryBudget;
import com.nnplayground.capacity.MemoryCost;
import com.nnplayground.capacity.OverBudgetException;
import com.nnplayground.experiment.PreparedExperiment;

/**
 * A run's memory ({@link MemoryCost#run}) in its browser's and the server's budget: reserved before the run's
 * arrays are built, freed when its outcome is reported. It passes the run's reports on to the page's observer.
 */
final class RunMemory implements TrainingObserver {
    private static final String ADVICE = "Use fewer rows or neurons, or fewer hidden layers.";

    private final MemoryBudget.Reservation reservation;
    private final TrainingObserver observer;

    private RunMemory(MemoryBudget.Reservation reservation, TrainingObserver observer) {
        this.reservation = reservation;
        this.observer = observer;
    }

    /** @throws TrainingRejectedException saying which budget the run would pass and by how much */
    static RunMemory reserve(MemoryBudget budget, PreparedExperiment experiment, int threadsPerRun, Object owner,
                             TrainingObserver observer) {
        try {
            return new RunMemory(budget.reserve(owner, MemoryCost.run(experiment, threadsPerRun), "This run", ADVICE),
                    observer);
        } catch (OverBudgetException e) {
            throw new TrainingRejectedException(e.getMessage());
        }
    }

    /** Frees a reservation whose run never started; null is nothing to free. */
    static void release(RunMemory held) {
        if (held != null) {
            held.reservation.close();
        }
    }

    @Override
    public void onProgress(ProgressBatch batch) {
        observer.onProgress(batch);
    }

    @Override
    public void onFinished(TrainingOutcome outcome) {
        reservation.close();
        observer.onFinished(outcome);
    }
}

package com.nnplayground.compare;

import com.nnplayground.experiment.Experiment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A page's last {@link #KEPT} runs, oldest first. Each says what differed from the run before it, the run the page
 * trained last, even when that one has since been removed. Owned by the page's UI thread.
 */
public final class RunHistory {
    public static final int KEPT = 5;

    private final List<RunRecord> runs = new ArrayList<>();
    private Experiment previous;
    private int count;

    /** Keeps a finished run (the oldest goes when there are more than {@link #KEPT}) and returns it. */
    public RunRecord add(Experiment experiment, int[] iterations, double[] losses, int iterationsDone,
                         double finalLoss) {
        List<String> changes = previous == null ? null : SettingsDiff.between(previous, experiment);
        RunRecord run = new RunRecord(++count, experiment, changes, iterations.clone(), losses.clone(),
                iterationsDone, finalLoss, true);
        previous = experiment;
        runs.add(run);
        if (runs.size() > KEPT) {
            runs.remove(0);
        }
        return run;
    }

    /** The legend the next run would get if it trained {@code experiment}: while it trains, before it is kept. */
    public String legendOfNext(Experiment experiment) {
        return RunRecord.legend(count + 1, previous == null ? null : SettingsDiff.between(previous, experiment));
    }

    /** Oldest first. */
    public List<RunRecord> runs() {
        return List.copyOf(runs);
    }

    public Optional<RunRecord> run(int number) {
        return runs.stream().filter(r -> r.number() == number).findFirst();
    }

    /** Draws or hides a run's curve. */
    public void setShown(int number, boolean shown) {
        runs.replaceAll(r -> r.number() == number ? r.withShown(shown) : r);
    }

    public void remove(int number) {
        runs.removeIf(r -> r.number() == number);
    }

    /** Forgets every run; the next one is compared with the last trained still. */
    public void clear() {
        runs.clear();
    }
}

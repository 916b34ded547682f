package com.nnplayground.compare;

import com.nnplayground.experiment.Experiment;
import java.util.List;

/**
 * One finished run as the page keeps it to compare: its settings, what differed from the run before it, and its
 * training loss curve (thinned).
 *
 * @param number         the page's count of its runs, from 1
 * @param experiment     what it trained: one click puts it back in the form
 * @param changes        what differed from the run before (empty: the same settings); null for the page's first run
 * @param iterations     the curve's iterations, ascending
 * @param losses         the training loss at each
 * @param iterationsDone iterations it ran
 * @param finalLoss      the loss of its last iteration
 * @param shown          whether its curve is drawn
 */
public record RunRecord(int number, Experiment experiment, List<String> changes, int[] iterations, double[] losses,
                        int iterationsDone, double finalLoss, boolean shown) {
    /** A legend shows this many changes; the rest are counted. */
    static final int LEGEND_CHANGES = 3;

    /** "Run 2: learning rate 1 → 0.1", "Run 1", "Run 4: same settings". */
    public String legend() {
        return legend(number, changes);
    }

    static String legend(int number, List<String> changes) {
        if (changes == null) {
            return "Run " + number;
        }
        if (changes.isEmpty()) {
            return "Run " + number + ": same settings";
        }
        String shownChanges = String.join(", ", changes.subList(0, Math.min(LEGEND_CHANGES, changes.size())));
        int more = changes.size() - LEGEND_CHANGES;
        return "Run " + number + ": " + shownChanges + (more > 0 ? " and " + more + " more" : "");
    }

    RunRecord withShown(boolean shown) {
        return new RunRecord(number, experiment, changes, iterations, losses, iterationsDone, finalLoss, shown);
    }
}

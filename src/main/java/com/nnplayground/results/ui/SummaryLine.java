package com.nnplayground.results.ui;

import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.ui.Labels;
import com.nnplayground.results.PredictionRow;
import com.nnplayground.results.PredictionRows;
import com.nnplayground.training.TrainingOutcome;
import java.util.List;

/** The line above the predictions: the final loss, the test loss and the accuracy, in words. */
final class SummaryLine {

    private SummaryLine() {
    }

    static String of(PreparedExperiment prepared, TrainingOutcome outcome, List<PredictionRow> rows) {
        boolean split = rows.stream().anyMatch(PredictionRow::test);
        StringBuilder text = new StringBuilder(String.format("Final loss %s (%s) after %,d iterations",
                Numbers.formatLoss(outcome.finalLoss()), Labels.name(prepared.config().loss()),
                outcome.iterationsDone()));
        if (split) {
            text.append(" · test loss ").append(Numbers.formatLoss(outcome.finalTestLoss()));
        }
        if (prepared.data().kind().isClassification() && !rows.isEmpty()) {
            if (split) {
                text.append(" · accuracy ").append(accuracy(rows.stream().filter(r -> !r.test()).toList()))
                        .append(" on training rows, ").append(accuracy(rows.stream().filter(PredictionRow::test).toList()))
                        .append(" on test rows");
            } else {
                text.append(" · accuracy ").append(accuracy(rows));
            }
        }
        return text.toString();
    }

    private static String accuracy(List<PredictionRow> rows) {
        return PredictionRows.accuracy(rows).text();
    }
}

package com.nnplayground.results.ui;

import com.nnplayground.numbers.Numbers;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.results.Scores;
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
                Numbers.format(outcome.finalLoss()), Labels.name(prepared.config().loss())
                        + (prepared.data().targetScale().scaled() ? ", on the scaled target" : ""),
                outcome.iterationsDone()));
        if (split) {
            text.append(" · test loss ").append(Numbers.format(outcome.finalTestLoss()));
        }
        if (!prepared.data().kind().isClassification() && !rows.isEmpty()) {
            text.append(regression(prepared, outcome, false, split ? " on training rows" : ""));
            if (split) {
                text.append(regression(prepared, outcome, true, " on test rows"));
            }
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

    /** R² and the mean absolute error (in the target's units) of the training or the test rows. */
    private static String regression(PreparedExperiment prepared, TrainingOutcome outcome, boolean testRows,
                                     String where) {
        EncodedDataset data = prepared.data();
        double[][] outputs = outcome.predictions() != null ? outcome.predictions() : outcome.network().predict(data.x());
        return " · R² " + Numbers.format(Scores.rSquared(data, outputs, testRows)) + ", mean absolute error "
                + Numbers.format(Scores.meanAbsoluteError(data, outputs, testRows)) + where;
    }

    private static String accuracy(List<PredictionRow> rows) {
        return PredictionRows.accuracy(rows).text();
    }
}

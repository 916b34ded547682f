package com.nnplayground.training.ui;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.TargetKind;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.training.TrainingOutcome;
import java.util.ArrayList;
import java.util.List;

/** Builds the predictions grid's rows and its summary line from a finished run. */
final class PredictionRows {

    private PredictionRows() {
    }

    static List<PredictionRow> of(PreparedExperiment prepared, double[][] outputs) {
        Dataset dataset = prepared.experiment().dataset();
        EncodedDataset data = prepared.data();
        int targetColumn = dataset.columnIndex(dataset.target());
        List<PredictionRow> rows = new ArrayList<>();
        for (int r = 0; r < outputs.length; r++) {
            List<String> cells = dataset.rows().get(r);
            List<String> inputs = dataset.inputs().stream().map(name -> cells.get(dataset.columnIndex(name))).toList();
            double[] y = data.y()[r];
            double[] out = outputs[r];
            double error = data.kind() == TargetKind.MULTICLASS ? 1 - out[hot(y)] : out[0] - y[0];
            String predicted = data.classOf(out);
            String actual = data.classOf(y);
            Boolean correct = predicted == null ? null : predicted.equals(actual);
            rows.add(new PredictionRow(r + 1, inputs, cells.get(targetColumn), out, error, actual, predicted, correct,
                    data.test()[r]));
        }
        return rows;
    }

    static String summary(PreparedExperiment prepared, TrainingOutcome outcome, List<PredictionRow> rows) {
        boolean split = rows.stream().anyMatch(PredictionRow::test);
        StringBuilder text = new StringBuilder(String.format("Final loss %s (%s) after %,d iterations",
                PredictionsPanel.formatLoss(outcome.finalLoss()), Labels.name(prepared.config().loss()),
                outcome.iterationsDone()));
        if (split) {
            text.append(" · test loss ").append(PredictionsPanel.formatLoss(outcome.finalTestLoss()));
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
        long correct = rows.stream().filter(PredictionRow::correct).count();
        return String.format("%.1f %% (%d of %d)", 100.0 * correct / rows.size(), correct, rows.size());
    }

    /** The index of the 1 in a one-hot row. */
    private static int hot(double[] oneHot) {
        for (int k = 0; k < oneHot.length; k++) {
            if (oneHot[k] == 1) {
                return k;
            }
        }
        return 0;
    }
}

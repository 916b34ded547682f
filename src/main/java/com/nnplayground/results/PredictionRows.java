package com.nnplayground.results;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.TargetKind;
import com.nnplayground.experiment.PreparedExperiment;
import java.util.ArrayList;
import java.util.List;

/**
 * What a trained network made of each data row: its outputs, the error, the predicted class and whether it is
 * right. The page's grid, its summary and confusion matrix, and the command line's {@code train} all read these.
 */
public final class PredictionRows {

    private PredictionRows() {
    }

    /**
     * One row per data row, in the data's order; {@code networkOutputs} are the network's outputs for every row.
     * A scaled numeric target's outputs and errors are in the target's own units.
     */
    public static List<PredictionRow> of(PreparedExperiment prepared, double[][] networkOutputs) {
        Dataset dataset = prepared.experiment().dataset();
        EncodedDataset data = prepared.data();
        double[][] outputs = data.inTargetUnits(networkOutputs);
        double[][] targets = data.inTargetUnits(data.y());
        int targetColumn = dataset.columnIndex(dataset.target());
        List<PredictionRow> rows = new ArrayList<>();
        for (int r = 0; r < outputs.length; r++) {
            List<String> cells = dataset.rows().get(r);
            List<String> inputs = dataset.inputs().stream().map(name -> cells.get(dataset.columnIndex(name))).toList();
            double[] y = targets[r];
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

    /** How many of these classification rows are predicted right. */
    public static Accuracy accuracy(List<PredictionRow> rows) {
        return new Accuracy((int) rows.stream().filter(PredictionRow::correct).count(), rows.size());
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

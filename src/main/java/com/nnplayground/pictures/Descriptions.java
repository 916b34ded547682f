package com.nnplayground.pictures;

import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.TargetKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** The pictures in words: their text alternatives (a screen reader reads them; so can a test). */
public final class Descriptions {
    private Descriptions() {
    }

    /** The network's drawing: its layers, what the lines mean and the scale of their widths. */
    public static String diagram(PictureScene scene, double weightScale) {
        DiagramLayout layout = scene.layout();
        List<String> parts = new ArrayList<>();
        List<DiagramLayout.Column> columns = layout.columns();
        for (int k = 0; k < columns.size(); k++) {
            DiagramLayout.Column c = columns.get(k);
            String more = c.shown().length < c.size() ? " and " + (c.size() - c.shown().length) + " more" : "";
            if (k == 0) {
                parts.add((c.size() == 1 ? "input " : "inputs ") + String.join(", ", c.labels()) + more);
            } else if (k == columns.size() - 1) {
                parts.add((c.size() == 1 ? "output " : "outputs ") + String.join(", ", c.labels()) + more + " ("
                        + c.activation() + ")");
            } else {
                parts.add("hidden layer " + k + ": " + c.size() + " " + c.activation()
                        + (c.size() == 1 ? " neuron" : " neurons"));
            }
        }
        InputPlane plane = scene.plane();
        String maps = !scene.mapped() ? "" : plane.twoDimensional()
                ? "Each neuron shows its own output over " + plane.x().label() + " and " + plane.y().label() + "."
                : "Each neuron shows its own output as a curve over " + plane.x().label() + ".";
        return "Network " + layout.shape() + (layout.bias() ? ", with biases" : ", no biases") + ": "
                + String.join("; ", parts) + ". Each line is a weight: blue positive, orange negative, the thicker the"
                + " larger (the thickest is |w| = " + Format.number(weightScale) + "). " + maps
                + (layout.notes().isEmpty() ? "" : " " + String.join(" ", layout.notes()));
    }

    /** The data and output picture: the rows, how classes are marked, and where the network predicts what. */
    public static String outputMap(PictureScene scene, OutputPicture output) {
        EncodedDataset data = scene.data();
        InputPlane plane = scene.plane();
        StringBuilder text = new StringBuilder();
        Axis x = plane.x();
        if (plane.twoDimensional()) {
            text.append("Map of ").append(data.x().length).append(" rows over ").append(range(x)).append(" across and ")
                    .append(range(plane.y())).append(" up");
        } else {
            text.append("Plot of ").append(data.x().length).append(" rows: ").append(scene.target())
                    .append(data.kind().isClassification() ? " (as 0 or 1)" : "").append(" over ").append(range(x));
        }
        text.append(data.kind().isClassification() ? ". " + classes(data) : valueScale(scene));
        if (data.testCount() > 0) {
            text.append(" Test rows are hollow.");
        }
        if (output == null) {
            text.append(scene.layout() != null && !scene.mapped() ? " The network is too large for its output to be"
                    + " drawn." : " No network yet.");
        } else if (plane.twoDimensional()) {
            text.append(data.kind().isClassification() ? predictedAreas(data, output) : valueWhere(output));
        } else {
            text.append(data.kind() == TargetKind.REGRESSION ? " The line is the network's output over "
                    + x.label() + "." : " The lines are the network's probability of each class over " + x.label() + ".");
        }
        String held = plane.heldNote();
        return held.isEmpty() ? text.toString() : text + " " + held;
    }

    private static String range(Axis axis) {
        return axis.label() + " (" + Format.number(axis.min()) + " to " + Format.number(axis.max()) + ")";
    }

    private static String classes(EncodedDataset data) {
        List<String> marks = new ArrayList<>();
        for (int k = 0; k < data.classes().size(); k++) {
            marks.add("class " + data.classes().get(k) + " as " + ClassMarks.of(k));
        }
        return "Rows: " + String.join(", ", marks) + ".";
    }

    private static String valueScale(PictureScene scene) {
        double[] r = scene.valueRange();
        return scene.plane().twoDimensional() ? ", coloured by " + scene.target() + " from " + Format.number(r[0])
                + " (orange) to " + Format.number(r[1]) + " (blue)." : ".";
    }

    /** For each class the network predicts, its share of the plane and where it is. */
    static String predictedAreas(EncodedDataset data, OutputPicture output) {
        int n = output.size();
        int classCount = data.classes().size();
        int[] count = new int[classCount];
        double[] sumU = new double[classCount];
        double[] sumV = new double[classCount];
        double[] sumR = new double[classCount];
        double allR = 0;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double u = 2 * (c + 0.5) / n - 1;
                double v = 1 - 2 * (r + 0.5) / n;
                int k = output.classAt(r * n + c);
                count[k]++;
                sumU[k] += u;
                sumV[k] += v;
                sumR[k] += Math.hypot(u, v);
                allR += Math.hypot(u, v);
            }
        }
        double meanR = allR / (n * n);
        List<String> parts = new ArrayList<>();
        IntStream.range(0, classCount).boxed().filter(k -> count[k] > 0)
                .sorted(Comparator.comparingInt((Integer k) -> -count[k])).forEach(k -> {
                    double share = (double) count[k] / (n * n);
                    String where = share > 0.995 ? "everywhere" : where(sumU[k] / count[k], sumV[k] / count[k],
                            sumR[k] / count[k], meanR);
                    parts.add(data.classes().get(k) + " on " + Math.round(100 * share) + " % of it, " + where);
                });
        return " The network predicts " + String.join("; ", parts) + ".";
    }

    /** Where a region lies, from its centroid (u right, v up, both -1 to 1) and its mean distance from the centre. */
    static String where(double u, double v, double meanRadius, double planeMeanRadius) {
        if (Math.hypot(u, v) > 0.2) {
            return direction(u, v);
        }
        if (meanRadius < 0.8 * planeMeanRadius) {
            return "in the middle";
        }
        return meanRadius > 1.15 * planeMeanRadius ? "around the edges" : "spread over the plane";
    }

    /** Which way a point (u right, v up, both -1 to 1) lies from the centre of the plane. */
    static String direction(double u, double v) {
        if (Math.hypot(u, v) <= 0.2) {
            return "in the middle";
        }
        String vertical = v > 0.2 ? "upper" : v < -0.2 ? "lower" : "";
        String horizontal = u > 0.2 ? "right" : u < -0.2 ? "left" : "";
        if (horizontal.isEmpty()) {
            return vertical.equals("upper") ? "at the top" : "at the bottom";
        }
        return vertical.isEmpty() ? "on the " + horizontal : "on the " + vertical + " " + horizontal;
    }

    private static String valueWhere(OutputPicture output) {
        int n = output.size();
        int hi = 0;
        int lo = 0;
        for (int i = 1; i < n * n; i++) {
            hi = Bytes.step(output.cells()[i]) > Bytes.step(output.cells()[hi]) ? i : hi;
            lo = Bytes.step(output.cells()[i]) < Bytes.step(output.cells()[lo]) ? i : lo;
        }
        return " The network's output is highest " + direction(cellU(hi, n), cellV(hi, n)) + " and lowest "
                + direction(cellU(lo, n), cellV(lo, n)) + ".";
    }

    private static double cellU(int cell, int n) {
        return 2 * (cell % n + 0.5) / n - 1;
    }

    private static double cellV(int cell, int n) {
        return 1 - 2 * (cell / n + 0.5) / n;
    }
}

package com.nnplayground.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The figures of a load run as a Markdown table, printed and written to target/load-report.md (or another file). */
final class Report {
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final String title;
    private final String file;

    Report() {
        this("Load test figures", "load-report.md");
    }

    /** A report with its own title, written to target/{@code file}. */
    Report(String title, String file) {
        this.title = title;
        this.file = file;
    }

    void add(String figure, String value, String goal) {
        rows.add("| " + figure + " | " + value + " | " + goal + " |");
        System.out.println("[load] " + figure + ": " + value + (goal.isEmpty() ? "" : "  (goal: " + goal + ")"));
    }

    void note(String note) {
        notes.add(note);
        System.out.println("[load] " + note);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# " + title + "\n\n| figure | value | goal |\n|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    void write() throws IOException {
        String md = markdown();
        System.out.println(md);
        Files.writeString(Path.of("target", file), md);
    }

    static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static String mb(double bytes) {
        return String.format("%.1f MB", bytes / 1024 / 1024);
    }

    static String ms(double millis) {
        return String.format("%.0f ms", millis);
    }

    static String list(double... values) {
        return Arrays.toString(values);
    }
}

package com.nnplayground.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * The datasets a class can start from: the seed's XOR table, the other small truth tables, generated 2-D sets
 * whose size, noise and seed can be set (repeatable for the same options), and the classic small datasets
 * (iris, wine, breast cancer, diabetes, digits; read once from resources, see {@link ClassicData}).
 */
public enum Preset {
    XOR_SEED("XOR, as in the seed (3 inputs, the third always 1)", false, "The seed article's truth table.",
            o -> truthTable(List.of("x1", "x2", "x3", "y"),
                    new double[][] {{0, 0, 1, 0}, {0, 1, 1, 1}, {1, 0, 1, 1}, {1, 1, 1, 0}})),
    AND("AND", false, "A truth table.", o -> gate((a, b) -> a & b)),
    OR("OR", false, "A truth table.", o -> gate((a, b) -> a | b)),
    XOR("XOR, 2 inputs", false, "A truth table.", o -> gate((a, b) -> a ^ b)),
    CIRCLES("Circles (a ring around a disc)", true, Sources.GENERATED, Generators::circles),
    SPIRALS("Two spirals", true, Sources.GENERATED, Generators::spirals),
    CLUSTERS("Gaussian clusters (3 classes)", true, Sources.GENERATED, Generators::clusters),
    MOONS("Two moons", true, Sources.GENERATED, Generators::moons),
    SINE("Noisy sine (regression)", true, Sources.GENERATED, Generators::sine),
    IRIS("Iris flowers (3 species)", false,
            "R. A. Fisher (1936), \"The use of multiple measurements in taxonomic problems\"; " + Sources.UCI,
            o -> ClassicData.load("iris.csv", false)),
    WINE("Wine (3 cultivars)", false,
            "M. Forina et al., PARVUS, Genoa: a chemical analysis of wines of three cultivators; " + Sources.UCI,
            o -> ClassicData.load("wine.csv", false)),
    BREAST_CANCER("Breast cancer Wisconsin (2 diagnoses)", false,
            "W. H. Wolberg, W. N. Street, O. L. Mangasarian (1995), cell nuclei in images of a fine needle aspirate; "
                    + Sources.UCI, o -> ClassicData.load("breast-cancer.csv", false)),
    DIABETES("Diabetes progression (regression)", false,
            "B. Efron, T. Hastie, I. Johnstone, R. Tibshirani (2004), \"Least Angle Regression\": disease progression"
                    + " one year on (25-346); from scikit-learn's copy.",
            o -> ClassicData.load("diabetes.csv", false)),
    DIGITS("Handwritten digits 0-9 (8x8 pixels)", false,
            "E. Alpaydin, C. Kaynak (1998): 32x32 bitmaps of digits written by 43 people, each 4x4 block's count of"
                    + " ink pixels (0-16) one input; " + Sources.UCI,
            o -> ClassicData.load("digits.csv", true));

    private final String label;
    private final boolean generated;
    private final String source;
    private final Function<PresetOptions, Dataset> generator;

    Preset(String label, boolean generated, String source, Function<PresetOptions, Dataset> generator) {
        this.label = label;
        this.generated = generated;
        this.source = source;
        this.generator = generator;
    }

    public String label() {
        return label;
    }

    /** The name a command line or a link uses: {@code iris}, {@code breast-cancer}, {@code xor-seed}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Preset fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown preset '" + id + "'; allowed: "
                        + String.join(", ", Arrays.stream(values()).map(Preset::id).toList())));
    }

    /** Whether size, noise and seed mean anything for this preset. */
    public boolean generated() {
        return generated;
    }

    /** Where the rows come from, in one line for the page. */
    public String source() {
        return source;
    }

    public Dataset dataset(PresetOptions options) {
        return generator.apply(options);
    }

    public Dataset dataset() {
        return dataset(PresetOptions.DEFAULT);
    }

    private interface Sources {
        String GENERATED = "Generated here from the rows, noise and seed below: the same options give the same rows.";
        String UCI = "UCI Machine Learning Repository, CC BY 4.0; from scikit-learn's copy.";
    }

    private interface Gate {
        int apply(int a, int b);
    }

    private static Dataset gate(Gate gate) {
        double[][] rows = new double[4][];
        for (int i = 0; i < 4; i++) {
            int a = i >> 1;
            int b = i & 1;
            rows[i] = new double[] {a, b, gate.apply(a, b)};
        }
        return truthTable(List.of("x1", "x2", "y"), rows);
    }

    private static Dataset truthTable(List<String> columns, double[][] values) {
        List<List<String>> rows = new ArrayList<>();
        for (double[] row : values) {
            List<String> cells = new ArrayList<>();
            for (double v : row) {
                cells.add(Integer.toString((int) v));
            }
            rows.add(cells);
        }
        return new Dataset(columns, rows, columns.subList(0, columns.size() - 1), columns.get(columns.size() - 1));
    }

    /** The generated sets: points in the plane around the origin, roughly within [-1, 1]. */
    private static final class Generators {

        static Dataset circles(PresetOptions o) {
            Random random = new Random(o.seed());
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < o.size(); i++) {
                boolean inner = i % 2 == 0;
                double radius = inner ? 0.5 * random.nextDouble() : 0.7 + 0.3 * random.nextDouble();
                double angle = 2 * Math.PI * random.nextDouble();
                rows.add(point(radius * Math.cos(angle), radius * Math.sin(angle), o, random, inner ? "1" : "0"));
            }
            return plane(rows, "y");
        }

        static Dataset spirals(PresetOptions o) {
            Random random = new Random(o.seed());
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < o.size(); i++) {
                int arm = i % 2;
                double t = (double) (i / 2) / Math.max(1, o.size() / 2) * 1.75 * 2 * Math.PI;
                double radius = t / (3.5 * Math.PI);
                double angle = t + arm * Math.PI;
                rows.add(point(radius * Math.cos(angle), radius * Math.sin(angle), o, random, Integer.toString(arm)));
            }
            return plane(rows, "y");
        }

        static Dataset clusters(PresetOptions o) {
            Random random = new Random(o.seed());
            String[] names = {"A", "B", "C"};
            double[][] centres = {{-0.5, -0.4}, {0.5, -0.4}, {0, 0.5}};
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < o.size(); i++) {
                int k = i % 3;
                double spread = 0.1 + o.noise();
                rows.add(point(centres[k][0] + spread * random.nextGaussian(),
                        centres[k][1] + spread * random.nextGaussian(), PresetOptions.noiseless(o), random, names[k]));
            }
            return plane(rows, "class");
        }

        static Dataset moons(PresetOptions o) {
            Random random = new Random(o.seed());
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < o.size(); i++) {
                int moon = i % 2;
                double angle = Math.PI * random.nextDouble();
                double x = moon == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
                double y = moon == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
                rows.add(point(x - 0.5, y - 0.25, o, random, Integer.toString(moon)));
            }
            return plane(rows, "y");
        }

        static Dataset sine(PresetOptions o) {
            Random random = new Random(o.seed());
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < o.size(); i++) {
                double x = -Math.PI + 2 * Math.PI * i / Math.max(1, o.size() - 1);
                double y = Math.sin(x) + o.noise() * random.nextGaussian();
                rows.add(List.of(round(x), round(y)));
            }
            return new Dataset(List.of("x", "y"), rows, List.of("x"), "y");
        }

        private static List<String> point(double x, double y, PresetOptions o, Random random, String label) {
            return List.of(round(x + o.noise() * random.nextGaussian()),
                    round(y + o.noise() * random.nextGaussian()), label);
        }

        private static Dataset plane(List<List<String>> rows, String target) {
            return new Dataset(List.of("x1", "x2", target), rows, List.of("x1", "x2"), target);
        }

        private static String round(double v) {
            return Double.toString(Math.round(v * 10_000) / 10_000.0);
        }
    }
}

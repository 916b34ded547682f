package com.nnplayground.experiment;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.EncodingOptions;
import com.nnplayground.dataset.ImportLimits;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and writes the experiment file (documented in the README). Anything left out takes the seed's
 * setting; anything wrong is reported as one {@link ExperimentException} naming the field.
 */
public final class ExperimentJson {
    /**
     * Nesting and string limits as under Jackson 2 (Jackson 3 allows 500 levels and 100 M characters): deep enough
     * that a wrongly nested field is named by its path, short enough that a huge name is refused.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(1000).maxStringLength(20_000_000).build()).build())
            .enable(SerializationFeature.INDENT_OUTPUT).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private ExperimentJson() {
    }

    /** Reads a file within the server's default limits ({@link ImportLimits#DEFAULT}), as a page opens it. */
    public static Experiment read(String json) {
        return read(json, ImportLimits.DEFAULT);
    }

    /**
     * Reads a file whose table must fit {@code limits}: the same rows, columns, cell lengths and classes a CSV import
     * allows, refused with the same words. The size of the table is checked before the file is parsed.
     */
    public static Experiment read(String json, ImportLimits limits) {
        TableShape.check(json, limits);
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            // limits (nesting depth, string length) fail without a location
            String where = e.getLocation() == null ? ""
                    : ", line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ExperimentException("", "not valid JSON (" + shorten(e.getOriginalMessage()) + where + ")");
        }
        if (root == null || !root.isObject()) {
            throw new ExperimentException("", "the experiment must be a JSON object with 'dataset', 'network' and 'training'");
        }
        Fields.known(root, "", Set.of("dataset", "network", "training"));
        if (!root.has("dataset")) {
            throw new ExperimentException("dataset", "missing: an experiment needs data to learn from");
        }
        JsonNode data = Fields.object(root, "dataset");
        return new Experiment(dataset(data, limits), network(orEmpty(Fields.object(root, "network"))),
                training(orEmpty(Fields.object(root, "training"))), preparation(data));
    }

    private static String shorten(String message) {
        String text = String.valueOf(message);
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    private static JsonNode orEmpty(JsonNode node) {
        return node == null ? MAPPER.createObjectNode() : node;
    }

    private static Dataset dataset(JsonNode node, ImportLimits limits) {
        Fields.known(node, "dataset", Set.of("columns", "inputs", "target", "targetClasses", "rows", "scaling",
                "testShare", "targetScaling"));
        List<String> columns = Fields.strings(node, "dataset.columns");
        if (columns.isEmpty()) {
            throw new ExperimentException("dataset.columns", "missing or empty: name every column");
        }
        refuse("dataset.columns", limits.columnsRefused(columns.size()));
        for (int i = 0; i < columns.size(); i++) {
            refuse("dataset.columns[" + i + "]", ImportLimits.cellRefused(columns.get(i).length()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!seen.add(columns.get(i))) {
                throw new ExperimentException("dataset.columns[" + i + "]", "'" + columns.get(i)
                        + "' names an earlier column too; every column needs its own name");
            }
        }
        String target = node.has("target") ? Fields.text(node.get("target"), "dataset.target")
                : columns.get(columns.size() - 1);
        if (!columns.contains(target)) {
            throw new ExperimentException("dataset.target", "'" + target + "' is not one of the columns " + columns);
        }
        List<String> inputs = node.has("inputs") ? Fields.strings(node, "dataset.inputs")
                : columns.stream().filter(c -> !c.equals(target)).toList();
        for (int i = 0; i < inputs.size(); i++) {
            if (!seen.contains(inputs.get(i))) {
                throw new ExperimentException("dataset.inputs[" + i + "]", "'" + inputs.get(i)
                        + "' is not one of the columns " + columns);
            }
        }
        JsonNode rows = node.get("rows");
        if (rows == null || !rows.isArray() || rows.isEmpty()) {
            throw new ExperimentException("dataset.rows", "missing or empty: give at least one row");
        }
        refuse("dataset.rows", limits.rowsRefused(rows.size()));
        List<List<String>> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            cells.add(row(rows.get(r), "dataset.rows[" + r + "]", columns.size()));
        }
        Dataset dataset = new Dataset(columns, cells, inputs, target, Fields.bool(node, "dataset.targetClasses", false));
        refuse("dataset.target", limits.classesRefused(dataset));
        return dataset;
    }

    private static void refuse(String field, String refused) {
        if (refused != null) {
            throw new ExperimentException(field, refused);
        }
    }

    private static List<String> row(JsonNode row, String path, int width) {
        if (!row.isArray() || row.size() != width) {
            throw new ExperimentException(path, "expected an array of " + width + " values (one per column), got "
                    + (row.isArray() ? row.size() + " values" : row.getNodeType().toString().toLowerCase()));
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            JsonNode cell = row.get(c);
            if (!cell.isNumber() && !cell.isString()) {
                throw new ExperimentException(path + "[" + c + "]", "expected a number or a class label, got "
                        + cell.getNodeType().toString().toLowerCase());
            }
            String text = cell.asString();
            refuse(path + "[" + c + "]", ImportLimits.cellRefused(text.length()));
            cells.add(text);
        }
        return cells;
    }

    private static Preparation preparation(JsonNode node) {
        Scaling scaling = choice(node, "dataset", "scaling", Scaling::fromId, Scaling.NONE);
        double testShare = Fields.number(node, "dataset.testShare", 0);
        if (!(testShare >= 0 && testShare <= EncodingOptions.MAX_TEST_SHARE)) {
            throw new ExperimentException("dataset.testShare", "must be from 0 to 0.5, got " + testShare);
        }
        return new Preparation(scaling, testShare,
                choice(node, "dataset", "targetScaling", Scaling::fromId, Scaling.NONE));
    }

    private static NetworkSettings network(JsonNode node) {
        NetworkSettings d = NetworkSettings.seedArticle();
        Fields.known(node, "network", Set.of("hidden", "activation", "output", "bias", "init", "seed", "weights",
                "biases"));
        List<Integer> hidden = node.has("hidden") ? Fields.positiveInts(node.get("hidden"), "network.hidden") : d.hidden();
        Activation activation = choice(node, "network", "activation", ExperimentJson::hiddenActivation, d.activation());
        return new NetworkSettings(hidden, activation, choice(node, "network", "output", Activation::fromId, d.output()),
                Fields.bool(node, "network.bias", d.bias()), choice(node, "network", "init", Init::fromId, d.init()),
                Fields.integer(node, "network.seed", d.seed()),
                node.has("weights") ? Fields.matrices(node.get("weights"), "network.weights") : null,
                node.has("biases") ? Fields.vectors(node.get("biases"), "network.biases") : null);
    }

    /** Like {@link Activation#fromId}, but the allowed ids are those a hidden layer can have. */
    private static Activation hiddenActivation(String id) {
        if (Activation.SOFTMAX.id().equals(id)) {
            throw new IllegalArgumentException("softmax only fits the output layer (network.output)");
        }
        List<String> allowed = Arrays.stream(Activation.values()).filter(a -> a != Activation.SOFTMAX)
                .map(Activation::id).toList();
        if (!allowed.contains(id)) {
            throw new IllegalArgumentException("Unknown hidden activation '" + id + "'; allowed: "
                    + String.join(", ", allowed));
        }
        return Activation.fromId(id);
    }

    private static TrainingSettings training(JsonNode node) {
        TrainingSettings d = TrainingSettings.seedArticle();
        Fields.known(node, "training", Set.of("loss", "optimizer", "learningRate", "iterations", "batchSize", "l2",
                "rateChanges"));
        double learningRate = Fields.number(node, "training.learningRate", d.learningRate());
        if (!(learningRate > 0)) {
            throw new ExperimentException("training.learningRate", "must be greater than 0, got " + learningRate);
        }
        long iterations = Fields.integer(node, "training.iterations", d.iterations());
        if (iterations < 1 || iterations > Integer.MAX_VALUE) {
            throw new ExperimentException("training.iterations", "must be a whole number from 1 to "
                    + Integer.MAX_VALUE + ", got " + iterations);
        }
        long batchSize = Fields.integer(node, "training.batchSize", d.batchSize());
        if (batchSize < 0 || batchSize > Integer.MAX_VALUE) {
            throw new ExperimentException("training.batchSize", "must be 0 (full batch) or a positive size, got " + batchSize);
        }
        double l2 = Fields.number(node, "training.l2", d.l2());
        if (!(l2 >= 0)) {
            throw new ExperimentException("training.l2", "must be 0 or more, got " + l2);
        }
        return new TrainingSettings(choice(node, "training", "loss", Loss::fromId, d.loss()),
                choice(node, "training", "optimizer", OptimizerKind::fromId, d.optimizer()), learningRate,
                (int) iterations, (int) batchSize, l2, rateChanges(node, (int) iterations, learningRate, l2));
    }

    /**
     * {@code training.rateChanges}: objects {@code {"iteration": i, "learningRate": r, "l2": p}}, iterations ascending
     * from 2 to the run's last; a rate left out stays as it was before the change.
     */
    private static List<RateChange> rateChanges(JsonNode training, int iterations, double learningRate, double l2) {
        JsonNode node = training.get("rateChanges");
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ExperimentException("training.rateChanges", "expected a list of {\"iteration\", \"learningRate\","
                    + " \"l2\"} objects, got " + node.getNodeType().toString().toLowerCase());
        }
        List<RateChange> changes = new ArrayList<>();
        int previous = 1;
        for (int i = 0; i < node.size(); i++) {
            String path = "training.rateChanges[" + i + "]";
            JsonNode change = node.get(i);
            if (!change.isObject()) {
                throw new ExperimentException(path, "expected an object, got " + change.getNodeType().toString().toLowerCase());
            }
            Fields.known(change, path, Set.of("iteration", "learningRate", "l2"));
            if (!change.has("iteration")) {
                throw new ExperimentException(path + ".iteration", "missing: the first iteration trained with the new rates");
            }
            long iteration = Fields.integer(change, path + ".iteration", 0);
            if (iteration <= previous || iteration > iterations) {
                throw new ExperimentException(path + ".iteration", iteration <= previous && i > 0
                        ? "must come after the change before it (iteration " + previous + "), got " + iteration
                        : "must be from 2 to training.iterations (" + iterations + "), got " + iteration
                        + (iteration == 1 ? "; the rates of iteration 1 are training.learningRate and training.l2" : ""));
            }
            learningRate = Fields.number(change, path + ".learningRate", learningRate);
            if (!(learningRate > 0)) {
                throw new ExperimentException(path + ".learningRate", "must be greater than 0, got " + learningRate);
            }
            l2 = Fields.number(change, path + ".l2", l2);
            if (!(l2 >= 0)) {
                throw new ExperimentException(path + ".l2", "must be 0 or more, got " + l2);
            }
            changes.add(new RateChange((int) iteration, learningRate, l2));
            previous = (int) iteration;
        }
        return changes;
    }

    private static <T> T choice(JsonNode node, String section, String name, Function<String, T> parse, T fallback) {
        if (!node.has(name)) {
            return fallback;
        }
        String path = section + "." + name;
        String id = Fields.text(node.get(name), path);
        try {
            return parse.apply(id);
        } catch (IllegalArgumentException e) {
            throw new ExperimentException(path, e.getMessage());
        }
    }

    public static String write(Experiment e) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode data = root.putObject("dataset");
        e.dataset().columns().forEach(data.putArray("columns")::add);
        e.dataset().inputs().forEach(data.putArray("inputs")::add);
        data.put("target", e.dataset().target());
        if (e.dataset().targetClasses()) {
            data.put("targetClasses", true);
        }
        data.put("scaling", e.preparation().scaling().id()).put("testShare", e.preparation().testShare());
        if (e.preparation().targetScaling() != Scaling.NONE) {
            data.put("targetScaling", e.preparation().targetScaling().id());
        }
        ArrayNode rows = data.putArray("rows");
        for (List<String> row : e.dataset().rows()) {
            ArrayNode out = rows.addArray();
            row.forEach(cell -> Fields.addCell(out, cell));
        }
        NetworkSettings n = e.network();
        ObjectNode network = root.putObject("network");
        n.hidden().forEach(network.putArray("hidden")::add);
        network.put("activation", n.activation().id()).put("output", n.output().id()).put("bias", n.bias())
                .put("init", n.init().id()).put("seed", n.seed());
        if (n.weights() != null) {
            network.set("weights", MAPPER.valueToTree(n.weights()));
        }
        if (n.biases() != null) {
            network.set("biases", MAPPER.valueToTree(n.biases()));
        }
        TrainingSettings t = e.training();
        ObjectNode training = root.putObject("training").put("loss", t.loss().id()).put("optimizer", t.optimizer().id())
                .put("learningRate", t.learningRate()).put("iterations", t.iterations())
                .put("batchSize", t.batchSize()).put("l2", t.l2());
        if (!t.rateChanges().isEmpty()) {
            ArrayNode changes = training.putArray("rateChanges");
            for (RateChange c : t.rateChanges()) {
                changes.addObject().put("iteration", c.iteration()).put("learningRate", c.learningRate()).put("l2", c.l2());
            }
        }
        return root.toPrettyString();
    }
}

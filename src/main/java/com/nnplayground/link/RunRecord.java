package com.nnplayground.link;

import com.nnplayground.chart.ChartPoint;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The last run of a page, as the browser tab keeps it for a reload: which experiment it trained (its link's query),
 * how it ended, its loss curve (the chart's points) and its final weights, from which the predictions are computed
 * again.
 *
 * @param query          the query of the experiment the run trained
 * @param end            how it ended (a TrainingOutcome.End name)
 * @param message        what the page said about its end
 * @param iterationsDone iterations run
 * @param finalLoss      the loss of its last iteration
 * @param finalTestLoss  the loss on the test rows at the end (NaN without)
 * @param points         the loss curve as the chart held it
 * @param weights        the final weights, [layer][fanIn][fanOut]
 * @param biases         the final biases, or null
 */
public record RunRecord(String query, String end, String message, int iterationsDone, double finalLoss,
                        double finalTestLoss, List<ChartPoint> points, double[][][] weights, double[][] biases) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("query", query).put("end", end).put("message", message).put("done", iterationsDone);
        putNumber(root, "loss", finalLoss);
        putNumber(root, "testLoss", finalTestLoss);
        ArrayNode it = root.putArray("it");
        ArrayNode train = root.putArray("train");
        ArrayNode test = root.putArray("test");
        for (ChartPoint p : points) {
            it.add(p.iteration());
            addNumber(train, p.trainingLoss());
            if (p.hasTestLoss()) {
                addNumber(test, p.testLoss());
            } else {
                test.addNull();
            }
        }
        root.set("w", JSON.valueToTree(weights));
        if (biases != null) {
            root.set("b", JSON.valueToTree(biases));
        }
        return root.toString();
    }

    /** The record in {@code json}, or null when there is none or it cannot be read (an older page's, damaged). */
    public static RunRecord fromJson(String json) {
        if (json == null || json.isEmpty()) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(json);
            List<ChartPoint> points = new ArrayList<>();
            JsonNode it = root.get("it");
            for (int i = 0; i < it.size(); i++) {
                JsonNode test = root.get("test").get(i);
                points.add(new ChartPoint(it.get(i).asInt(), number(root.get("train").get(i)),
                        test == null || test.isNull() ? null : number(test)));
            }
            return new RunRecord(root.get("query").asString(), root.get("end").asString(),
                    root.get("message").asString(), root.get("done").asInt(), number(root.get("loss")),
                    number(root.get("testLoss")), points, JSON.treeToValue(root.get("w"), double[][][].class),
                    root.has("b") ? JSON.treeToValue(root.get("b"), double[][].class) : null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** JSON has no NaN or infinity: those are written as text. */
    private static void putNumber(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.put(name, Double.toString(value));
        }
    }

    private static void addNumber(ArrayNode array, double value) {
        if (Double.isFinite(value)) {
            array.add(value);
        } else {
            array.add(Double.toString(value));
        }
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.parseDouble(node.asString());
    }
}

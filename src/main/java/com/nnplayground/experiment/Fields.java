package com.nnplayground.experiment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Typed reads of JSON fields that name the field (its path) when the value is not what it must be. */
final class Fields {

    private Fields() {
    }

    static void known(JsonNode node, String path, Set<String> names) {
        if (node == null) {
            return;
        }
        for (String name : node.propertyNames()) {
            if (!names.contains(name)) {
                throw new ExperimentException(path.isEmpty() ? name : path + "." + name,
                        "unknown field; expected one of " + String.join(", ", new TreeSet<>(names)));
            }
        }
    }

    static JsonNode object(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node != null && !node.isObject()) {
            throw new ExperimentException(name, "expected an object, got " + type(node));
        }
        return node;
    }

    static String text(JsonNode node, String path) {
        if (!node.isString()) {
            throw new ExperimentException(path, "expected a text value, got " + type(node));
        }
        return node.asString();
    }

    static List<String> strings(JsonNode parent, String path) {
        JsonNode node = parent.get(last(path));
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ExperimentException(path, "expected an array of names, got " + type(node));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(text(node.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    static List<Integer> positiveInts(JsonNode node, String path) {
        if (!node.isArray()) {
            throw new ExperimentException(path, "expected an array of layer sizes, e.g. [4] or [8, 8], got " + type(node));
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1) {
                throw new ExperimentException(path + "[" + i + "]", "expected a whole number of neurons >= 1, got " + n);
            }
            out.add(n.asInt());
        }
        return out;
    }

    static boolean bool(JsonNode parent, String path, boolean fallback) {
        JsonNode node = parent == null ? null : parent.get(last(path));
        if (node == null) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw new ExperimentException(path, "expected true or false, got " + node);
        }
        return node.asBoolean();
    }

    static long integer(JsonNode parent, String path, long fallback) {
        JsonNode node = parent == null ? null : parent.get(last(path));
        if (node == null) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new ExperimentException(path, "expected a whole number, got " + node);
        }
        return node.asLong();
    }

    static double number(JsonNode parent, String path, double fallback) {
        JsonNode node = parent == null ? null : parent.get(last(path));
        if (node == null) {
            return fallback;
        }
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw new ExperimentException(path, "expected a finite number, got " + node);
        }
        return node.asDouble();
    }

    static double[][][] matrices(JsonNode node, String path) {
        if (!node.isArray()) {
            throw new ExperimentException(path, "expected a list of [fanIn][fanOut] matrices, got " + type(node));
        }
        double[][][] out = new double[node.size()][][];
        for (int i = 0; i < node.size(); i++) {
            out[i] = vectors(node.get(i), path + "[" + i + "]");
        }
        return out;
    }

    static double[][] vectors(JsonNode node, String path) {
        if (!node.isArray()) {
            throw new ExperimentException(path, "expected an array of arrays of numbers, got " + type(node));
        }
        double[][] out = new double[node.size()][];
        for (int i = 0; i < node.size(); i++) {
            JsonNode row = node.get(i);
            if (!row.isArray()) {
                throw new ExperimentException(path + "[" + i + "]", "expected an array of numbers, got " + type(row));
            }
            out[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                JsonNode v = row.get(j);
                if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                    throw new ExperimentException(path + "[" + i + "][" + j + "]", "expected a finite number, got " + v);
                }
                out[i][j] = v.asDouble();
            }
        }
        return out;
    }

    /** Writes a cell back as a JSON number when it is one, so that files stay as the user wrote them. */
    static void addCell(ArrayNode row, String cell) {
        try {
            BigDecimal number = new BigDecimal(cell.trim());
            if (number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                row.add(number.longValueExact());
            } else {
                row.add(number);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            row.add(cell);
        }
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String type(JsonNode node) {
        return node.getNodeType().toString().toLowerCase();
    }
}

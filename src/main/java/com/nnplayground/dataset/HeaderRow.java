package com.nnplayground.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells whether the first row names the columns, and turns header cells into usable names.
 * <p>
 * A first row is a header when, in some column where most of the other rows hold numbers, it holds text.
 * In a table with no numeric column, it is a header when all its cells are filled with text. A single row
 * is a header unless it is all numbers.
 */
final class HeaderRow {

    private HeaderRow() {
    }

    static boolean detect(List<List<String>> rows, boolean decimalComma) {
        List<String> first = rows.get(0);
        List<List<String>> rest = rows.subList(1, rows.size());
        boolean anyNumericColumn = false;
        for (int c = 0; c < first.size(); c++) {
            if (mostlyNumbers(rest, c, decimalComma)) {
                anyNumericColumn = true;
                String cell = first.get(c);
                if (!cell.isEmpty() && !NumberText.isNumber(cell, decimalComma)) {
                    return true;
                }
            }
        }
        return !anyNumericColumn && first.stream().noneMatch(cell -> cell.isEmpty()
                || NumberText.isNumber(cell, decimalComma));
    }

    /** Whether most of the non-empty cells of column c are numbers (rows too short to reach c don't count). */
    static boolean mostlyNumbers(List<List<String>> rows, int c, boolean decimalComma) {
        int filled = 0;
        int numbers = 0;
        for (List<String> row : rows) {
            if (c < row.size() && !row.get(c).isEmpty()) {
                filled++;
                numbers += NumberText.isNumber(row.get(c), decimalComma) ? 1 : 0;
            }
        }
        return filled > 0 && numbers * 2 > filled;
    }

    /** The header cells as unique, non-empty names; each change is explained in {@code notes}. */
    static List<String> names(List<String> cells, List<Integer> positions, List<String> notes) {
        Set<String> taken = new HashSet<>(cells);
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i);
            int position = positions.get(i) + 1;
            if (name.isEmpty()) {
                name = unique("column " + position, used, taken);
                notes.add("Column " + position + " has no name in the header: it is called '" + name + "'.");
            } else if (used.contains(name)) {
                String renamed = unique(name, used, taken);
                notes.add("Column " + position + " is also named '" + name + "': it is called '" + renamed + "'.");
                name = renamed;
            }
            used.add(name);
            names.add(name);
        }
        return names;
    }

    /** "column 1", "column 2", ... for a table without a header row. */
    static List<String> generated(List<Integer> positions) {
        return positions.stream().map(p -> "column " + (p + 1)).toList();
    }

    private static String unique(String name, Set<String> used, Set<String> taken) {
        if (!used.contains(name) && !taken.contains(name)) {
            return name;
        }
        for (int k = 2; ; k++) {
            String candidate = name + " (" + k + ")";
            if (!used.contains(candidate) && !taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}

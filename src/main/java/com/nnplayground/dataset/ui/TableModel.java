package com.nnplayground.dataset.ui;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.dataset.ImportLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * The table being edited: column names, rows of cells, the target and the inputs. Every edit either
 * succeeds whole or throws a {@link DatasetException} saying why, leaving the table as it was; the table never
 * grows past the limits an import has (rows, columns, cell length).
 */
final class TableModel {
    private final ImportLimits limits;
    private final List<String> columns = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> inputs = new ArrayList<>();
    private String target;
    /** Whether the target's numbers are class labels: it goes with the column, and another target drops it. */
    private boolean targetClasses;

    TableModel(ImportLimits limits) {
        this.limits = limits;
    }

    void load(Dataset data) {
        columns.clear();
        columns.addAll(data.columns());
        rows.clear();
        data.rows().forEach(row -> rows.add(new ArrayList<>(row)));
        inputs.clear();
        inputs.addAll(data.inputs());
        target = data.target();
        targetClasses = data.targetClasses();
    }

    Dataset snapshot() {
        return new Dataset(columns, rows, inputs, target, targetClasses);
    }

    List<String> columns() {
        return List.copyOf(columns);
    }

    List<List<String>> rows() {
        return rows;
    }

    String target() {
        return target;
    }

    List<String> inputs() {
        return List.copyOf(inputs);
    }

    void setCell(List<String> row, int column, String value) {
        String clean = value == null ? "" : value.trim();
        String refused = ImportLimits.cellRefused(clean.length());
        if (refused != null) {
            throw new DatasetException("Column '" + columns.get(column) + "': " + refused + ".");
        }
        row.set(column, clean);
    }

    List<String> addRow() {
        String refused = limits.rowsRefused(rows.size() + 1L);
        if (refused != null) {
            throw new DatasetException("No row added: " + refused + ".");
        }
        List<String> row = new ArrayList<>();
        columns.forEach(c -> row.add(""));
        rows.add(row);
        return row;
    }

    /** Deletes this row (itself, not the first row equal to it) and says where it was, so it can be put back. */
    int deleteRow(List<String> row) {
        if (rows.size() == 1) {
            throw new DatasetException("The table needs at least one row.");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == row) {
                rows.remove(i);
                return i;
            }
        }
        throw new DatasetException("That row is no longer in the table.");
    }

    /** Puts a deleted row back where it was, if the table still has its columns. */
    void insertRow(int index, List<String> row) {
        if (row.size() != columns.size()) {
            throw new DatasetException("The deleted row no longer fits the table: its columns have changed.");
        }
        rows.add(Math.min(index, rows.size()), row);
    }

    void addColumn(String name) {
        String refused = limits.columnsRefused(columns.size() + 1L);
        if (refused != null) {
            throw new DatasetException("No column added: " + refused + ".");
        }
        String clean = checkedName(name);
        columns.add(clean);
        rows.forEach(row -> row.add(""));
        inputs.add(clean);
    }

    void renameColumn(String from, String to) {
        int index = indexOf(from);
        String clean = checkedName(to);
        columns.set(index, clean);
        inputs.replaceAll(c -> c.equals(from) ? clean : c);
        if (from.equals(target)) {
            target = clean;
        }
    }

    void deleteColumn(String name) {
        int index = indexOf(name);
        if (columns.size() <= 2) {
            throw new DatasetException("The table needs at least two columns: an input and a target.");
        }
        if (name.equals(target)) {
            throw new DatasetException("'" + name + "' is the target: choose another target first.");
        }
        columns.remove(index);
        rows.forEach(row -> row.remove(index));
        inputs.remove(name);
    }

    /** Makes a column the target; the old target becomes an input. */
    void setTarget(String name) {
        indexOf(name);
        if (target != null && !target.equals(name) && columns.contains(target) && !inputs.contains(target)) {
            inputs.add(target);
        }
        inputs.remove(name);
        targetClasses &= name.equals(target);
        target = name;
        inputs.sort((a, b) -> columns.indexOf(a) - columns.indexOf(b));
    }

    /** The columns fed to the network, in table order; the others (but the target) are ignored. */
    void setInputs(List<String> names) {
        names.forEach(this::indexOf);
        inputs.clear();
        columns.stream().filter(names::contains).filter(c -> !c.equals(target)).forEach(inputs::add);
    }

    private int indexOf(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new DatasetException("There is no column '" + name + "'.");
        }
        return index;
    }

    private String checkedName(String name) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty()) {
            throw new DatasetException("A column needs a name.");
        }
        if (ImportLimits.cellRefused(clean.length()) != null) {
            throw new DatasetException("The column name is too long: " + ImportLimits.cellRefused(clean.length()) + ".");
        }
        if (columns.contains(clean)) {
            throw new DatasetException("There is already a column '" + clean + "'.");
        }
        return clean;
    }
}

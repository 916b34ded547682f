package com.nnplayground.dataset;

import java.util.List;
import java.util.Locale;

/**
 * How much data a page accepts, whichever way it comes in (a CSV file, pasted text, an experiment file, the
 * editor), so that a large or hostile table is refused with a message instead of filling the server's memory.
 * Every way in refuses the same sizes with the same words ({@link #rowsRefused}, {@link #columnsRefused},
 * {@link #classesRefused}, {@link #cellRefused}). Cells are also capped at {@link #MAX_CELL_CHARS} characters.
 *
 * @param maxBytes   the largest file, in bytes (checked before the file is read)
 * @param maxRows    the most data rows (the header row not counted)
 * @param maxColumns the most columns
 * @param maxClasses the most different labels in a text target: the network gets one output per class and the
 *                   target one number per row and class, so thousands of labels (an id column) would cost
 *                   rows x labels numbers; at most {@link #CLASS_CEILING}
 */
public record ImportLimits(long maxBytes, int maxRows, int maxColumns, int maxClasses) {

    /** Longer than any number or class label a class would type; keeps one cell from holding megabytes. */
    public static final int MAX_CELL_CHARS = 1000;
    /** Far more classes than a teaching dataset has (digits: 10, letters: 26); the target refuses more whatever the settings. */
    public static final int CLASS_CEILING = 1000;
    public static final int DEFAULT_MAX_CLASSES = 100;

    /** Enough for the classic teaching datasets (Iris, penguins, wine) many times over. */
    public static final ImportLimits DEFAULT = new ImportLimits(5L * 1024 * 1024, 10_000, 200, DEFAULT_MAX_CLASSES);

    /**
     * The command line, on the user's own machine: any size its memory holds; the column cap keeps a hostile file
     * from costing quadratic time.
     */
    public static final ImportLimits COMMAND_LINE = new ImportLimits(Long.MAX_VALUE, Integer.MAX_VALUE, 10_000,
            CLASS_CEILING);

    public ImportLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxColumns <= 0 || maxClasses < 2 || maxClasses > CLASS_CEILING) {
            throw new IllegalArgumentException("Import limits must be positive (and from 2 to " + CLASS_CEILING
                    + " classes): " + maxBytes + " bytes, " + maxRows + " rows, " + maxColumns + " columns, "
                    + maxClasses + " classes");
        }
    }

    public ImportLimits(long maxBytes, int maxRows, int maxColumns) {
        this(maxBytes, maxRows, maxColumns, DEFAULT_MAX_CLASSES);
    }

    /**
     * Refuses a table that does not fit: too many rows or columns, a cell too long, too many classes in its target;
     * the way in that already checked as it read (the CSV import, the experiment file) names the line or field.
     */
    public void check(Dataset data) {
        if (rowsRefused(data.size()) != null) {
            throw new DatasetException("The table has " + rowsRefused(data.size()) + ".");
        }
        if (columnsRefused(data.columns().size()) != null) {
            throw new DatasetException("The table has " + columnsRefused(data.columns().size()) + ".");
        }
        for (int r = 0; r < data.size(); r++) {
            List<String> row = data.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                String refused = cellRefused(row.get(c).length());
                if (refused != null) {
                    throw new DatasetException("Row " + (r + 1) + ", column '" + data.columns().get(c) + "': "
                            + refused + ".");
                }
            }
        }
        String tooMany = classesRefused(data);
        if (tooMany != null) {
            throw new DatasetException(tooMany);
        }
    }

    /**
     * What a table whose target holds more labels than {@link #maxClasses} gets told (a text target, or numbers
     * marked as classes), else null.
     */
    public String classesRefused(Dataset data) {
        int target = data.columnIndex(data.target());
        if (target < 0) {
            return null;
        }
        List<String> cells = data.rows().stream().map(row -> row.get(target).trim()).toList();
        return data.targetClasses() || ColumnKind.isText(cells) ? classesRefused(data.target(), cells.stream().distinct().count()) : null;
    }

    /** "12,000 data rows; the limit is 10,000", or null when {@code rows} is allowed. */
    public String rowsRefused(long rows) {
        return rows <= maxRows ? null : String.format(Locale.ROOT, "%,d data rows; the limit is %,d", rows, maxRows);
    }

    /** "300 columns; the limit is 200", or null when {@code columns} is allowed. */
    public String columnsRefused(long columns) {
        return columns <= maxColumns ? null
                : String.format(Locale.ROOT, "%,d columns; the limit is %,d", columns, maxColumns);
    }

    /** What a target with {@code classes} different labels gets told, or null when it is allowed. */
    public String classesRefused(String column, long classes) {
        return classesRefused(column, classes, maxClasses);
    }

    static String classesRefused(String column, long classes, int maxClasses) {
        return classes <= maxClasses ? null : String.format(Locale.ROOT, "The target column '%s' holds %,d different"
                + " labels; at most %,d classes can be learned here. Choose another target (a column of classes,"
                + " not of ids or names).", column, classes, maxClasses);
    }

    /** "the value is 5,000 characters long; the limit is 1,000", or null when a cell of {@code chars} is allowed. */
    public static String cellRefused(long chars) {
        return chars <= MAX_CELL_CHARS ? null : String.format(Locale.ROOT,
                "the value is %,d characters long; the limit is %,d", chars, MAX_CELL_CHARS);
    }
}

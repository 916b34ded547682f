package com.nnplayground.dataset;

/**
 * How much a CSV import accepts, so that a large or hostile file is refused with a message instead of
 * filling the server's memory. Cells are also capped at {@link #MAX_CELL_CHARS} characters.
 *
 * @param maxBytes   the largest file, in bytes (checked before the file is read)
 * @param maxRows    the most data rows (the header row not counted)
 * @param maxColumns the most columns
 */
public record ImportLimits(long maxBytes, int maxRows, int maxColumns) {

    /** Longer than any number or class label a class would type; keeps one cell from holding megabytes. */
    public static final int MAX_CELL_CHARS = 1000;

    /** Enough for the classic teaching datasets (Iris, penguins, wine) many times over. */
    public static final ImportLimits DEFAULT = new ImportLimits(5L * 1024 * 1024, 10_000, 200);

    public ImportLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxColumns <= 0) {
            throw new IllegalArgumentException("Import limits must be positive: " + maxBytes + " bytes, "
                    + maxRows + " rows, " + maxColumns + " columns");
        }
    }
}

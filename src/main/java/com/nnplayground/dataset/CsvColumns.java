package com.nnplayground.dataset;

import java.util.List;

/**
 * Checks the cells of a numeric column and writes them as Java reads numbers. A column is numeric when most
 * of its non-empty cells are numbers; then every cell must be a finite number, so that a typo is reported
 * where it is instead of silently turning the column into text.
 */
final class CsvColumns {

    private CsvColumns() {
    }

    /**
     * Normalises column c of {@code rows} in place ("1,5" becomes "1.5" where decimal commas are allowed).
     *
     * @return whether any decimal comma was rewritten
     */
    static boolean normaliseNumbers(List<List<String>> rows, List<CsvRecords.Line> lines, int c, String name,
                                    boolean decimalComma) {
        boolean rewritten = false;
        for (int r = 0; r < rows.size(); r++) {
            String cell = rows.get(r).get(c);
            String where = where(lines.get(r), r) + ", column '" + name + "': ";
            if (cell.isEmpty()) {
                throw new DatasetException(where + "the value is empty.");
            }
            String number = NumberText.normalise(cell, decimalComma);
            if (number == null) {
                throw new DatasetException(where + "'" + shorten(cell) + "' is not a number.");
            }
            if (!NumberText.isFinite(number)) {
                throw new DatasetException(where + "'" + shorten(cell) + "' is not a finite number.");
            }
            rewritten |= !number.equals(cell);
            rows.get(r).set(c, number);
        }
        return rewritten;
    }

    /** A text target must be filled in every row: an empty class label is most likely a forgotten cell. */
    static void requireFilled(List<List<String>> rows, List<CsvRecords.Line> lines, int c, String name) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).get(c).isEmpty()) {
                throw new DatasetException(where(lines.get(r), r) + ", column '" + name + "': the target is empty.");
            }
        }
    }

    /** "Line 7 (data row 6)": the line as the file or spreadsheet numbers it, and the row as the table shows it. */
    static String where(CsvRecords.Line line, int dataRow) {
        return "Line " + line.number() + " (data row " + (dataRow + 1) + ")";
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}

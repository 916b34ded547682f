package com.nnplayground.dataset;

import java.util.List;

/**
 * Writes CSV that spreadsheets open safely: fields quoted when needed (RFC 4180), and text that a
 * spreadsheet would run as a formula (starting with = + - @, tab or carriage return) prefixed with a quote.
 */
public final class CsvWriter {
    private final StringBuilder out = new StringBuilder();

    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String field(String cell) {
        String text = cell == null ? "" : cell;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !DatasetEncoder.isNumber(text)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}

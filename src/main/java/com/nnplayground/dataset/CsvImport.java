package com.nnplayground.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a CSV file or pasted table into a {@link Dataset} with a proposed target and inputs, or refuses it
 * with a {@link DatasetException} that says what is wrong and where; it never returns half a table.
 * <p>
 * It finds the separator (comma, semicolon, tab), whether the first row is a header, and which columns hold
 * numbers. The proposed target is the only text column if there is exactly one, else the last column; the
 * inputs are the other numeric columns (the network needs numbers, so other text columns are left out).
 * Lines are numbered as a spreadsheet numbers rows, the header row included.
 */
public final class CsvImport {

    private CsvImport() {
    }

    /** Refuses a file over the size limit before it is read, from the size its upload declares. */
    public static void checkSize(long bytes, ImportLimits limits) {
        CsvText.checkSize(bytes, limits);
    }

    /** A file's bytes: UTF-8 (with or without a byte-order mark), or UTF-16 with a byte-order mark. */
    public static ImportedTable read(byte[] content, ImportLimits limits) {
        return parse(text(content, limits), limits);
    }

    /** A file's bytes as text, or refused as {@link #read(byte[], ImportLimits)} refuses them. */
    public static String text(byte[] content, ImportLimits limits) {
        return CsvText.decode(content, limits);
    }

    /**
     * How big the table in {@code text} can be, counted in one pass without building anything: so that what it will
     * cost can be refused before it is parsed.
     */
    public static TableSize size(String text) {
        long lines = 1;
        long firstLineSeparators = -1;
        long commas = 0;
        long semicolons = 0;
        long tabs = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
                if (firstLineSeparators < 0 && commas + semicolons + tabs > 0) {
                    firstLineSeparators = Math.max(commas, Math.max(semicolons, tabs));
                }
            } else if (firstLineSeparators < 0) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        long separators = firstLineSeparators < 0 ? Math.max(commas, Math.max(semicolons, tabs)) : firstLineSeparators;
        if (text.endsWith("\n")) {
            lines--;
        }
        return new TableSize(Math.max(1, lines - 1), separators + 1, text.length());
    }

    /** A table pasted or typed as text. */
    public static ImportedTable read(String text, ImportLimits limits) {
        return parse(CsvText.check(text, limits), limits);
    }

    private static ImportedTable parse(String text, ImportLimits limits) {
        if (text.isBlank()) {
            throw new DatasetException("The file is empty.");
        }
        List<String> notes = new ArrayList<>();
        Delimiter delimiter = Delimiter.fromExcelHint(text);
        if (delimiter != null) {
            int end = text.indexOf('\n');
            text = end < 0 ? "" : text.substring(end);
        } else {
            delimiter = Delimiter.detect(text);
        }
        boolean decimalComma = delimiter.allowsDecimalComma();
        CsvRecords records = CsvRecords.read(text, delimiter, limits);
        if (records.total() == 0) {
            throw new DatasetException("The file is empty.");
        }
        List<List<String>> cells = records.lines().stream().map(CsvRecords.Line::cells).toList();
        boolean header = HeaderRow.detect(cells, decimalComma);
        int dataRows = records.total() - (header ? 1 : 0);
        if (dataRows == 0) {
            throw new DatasetException("The file has a header row but no data rows.");
        }
        if (limits.rowsRefused(dataRows) != null) {
            throw new DatasetException("The file has " + limits.rowsRefused(dataRows) + ".");
        }
        List<CsvRecords.Line> lines = records.lines().subList(header ? 1 : 0, records.lines().size());
        CsvRecords.Line first = records.lines().get(0);
        checkWidths(lines, first, header);

        List<Integer> kept = filledColumns(lines, first, header, notes);
        List<String> names = header
                ? HeaderRow.names(kept.stream().map(first.cells()::get).toList(), kept, notes)
                : HeaderRow.generated(kept);
        List<List<String>> rows = new ArrayList<>();
        for (CsvRecords.Line line : lines) {
            rows.add(new ArrayList<>(kept.stream().map(line.cells()::get).toList()));
        }
        notes.add(0, String.format(Locale.ROOT, "%s, %s, %,d rows, %,d columns", delimiter.description,
                header ? "header row detected" : "no header row (columns named 'column 1', 'column 2', ...)",
                rows.size(), names.size()));
        return propose(names, rows, lines, decimalComma, notes, limits);
    }

    private static void checkWidths(List<CsvRecords.Line> lines, CsvRecords.Line first, boolean header) {
        int expected = first.cells().size();
        for (int r = 0; r < lines.size(); r++) {
            int fields = lines.get(r).cells().size();
            if (fields != expected) {
                throw new DatasetException(CsvColumns.where(lines.get(r), r) + " has " + fields + " fields, expected "
                        + expected + (header ? " (as in the header)." : " (as in line " + first.number() + ")."));
            }
        }
    }

    /** The positions of the columns with at least one value; a spreadsheet often adds empty ones at the end. */
    private static List<Integer> filledColumns(List<CsvRecords.Line> lines, CsvRecords.Line first, boolean header,
                                               List<String> notes) {
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < first.cells().size(); c++) {
            int column = c;
            if (lines.stream().anyMatch(line -> !line.cells().get(column).isEmpty())) {
                kept.add(c);
            } else {
                String name = header ? first.cells().get(c) : "";
                notes.add((name.isEmpty() ? "Column " + (c + 1) : "Column '" + name + "'") + " is empty: left out.");
            }
        }
        return kept;
    }

    private static ImportedTable propose(List<String> names, List<List<String>> rows, List<CsvRecords.Line> lines,
                                         boolean decimalComma, List<String> notes, ImportLimits limits) {
        if (names.size() < 2) {
            throw new DatasetException("Only one column was found (the separator can be a comma, a semicolon or"
                    + " a tab): a dataset needs at least one input column and a target column.");
        }
        List<Integer> text = new ArrayList<>();
        boolean rewritten = false;
        for (int c = 0; c < names.size(); c++) {
            if (HeaderRow.mostlyNumbers(rows, c, decimalComma)) {
                rewritten |= CsvColumns.normaliseNumbers(rows, lines, c, names.get(c), decimalComma);
            } else {
                text.add(c);
            }
        }
        if (rewritten) {
            notes.add("Decimal commas are read as decimal points (1,5 is 1.5).");
        }
        // a text column is the natural target (class labels), unless it holds too many values to be classes (ids)
        List<Integer> labels = text.stream().filter(c -> distinct(rows, c) <= DatasetEncoder.MAX_CATEGORIES).toList();
        int target = labels.size() == 1 ? labels.get(0) : names.size() - 1;
        String targetName = names.get(target);
        List<String> inputs = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            if (c == target) {
                continue;
            }
            long distinct = text.contains(c) ? distinct(rows, c) : 0;
            if (distinct > DatasetEncoder.MAX_CATEGORIES) {
                notes.add("Column '" + names.get(c) + "' is text with " + distinct + " different values: ignored"
                        + " (too many to one-hot encode; an id or a name?).");
            } else {
                inputs.add(names.get(c));
            }
        }
        if (text.contains(target)) {
            CsvColumns.requireFilled(rows, lines, target, targetName);
            notes.add("Column '" + targetName + "' is text: used as class labels.");
        } else {
            notes.add("Column '" + targetName + "' (the last) is proposed as the target.");
        }
        if (inputs.isEmpty()) {
            throw new DatasetException("No column besides the target '" + targetName + "' can be an input: the"
                    + " others are text with too many different values.");
        }
        Dataset dataset = new Dataset(names, rows, inputs, targetName);
        TargetCheck.check(dataset, limits);
        return new ImportedTable(dataset, notes);
    }

    private static long distinct(List<List<String>> rows, int column) {
        return rows.stream().map(row -> row.get(column)).distinct().count();
    }
}

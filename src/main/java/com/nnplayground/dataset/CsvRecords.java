package com.nnplayground.dataset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The non-blank records of a CSV text, each with its line as a spreadsheet numbers rows (blank lines
 * counted, a quoted cell spanning several lines counted once). Stores at most {@code maxRows + 1} records
 * (the extra one may be the header) and only counts the rest, and refuses a record with too many fields
 * or too long a cell as soon as it is read.
 *
 * @param lines   the kept records
 * @param total   how many non-blank records the text holds
 */
record CsvRecords(List<Line> lines, int total) {

    /** One record: its line number (from 1) and its trimmed cells. */
    record Line(int number, List<String> cells) {
    }

    static CsvRecords read(String text, Delimiter delimiter, ImportLimits limits) {
        List<Line> lines = new ArrayList<>();
        int total = 0;
        int number = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), delimiter.format())) {
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, number + 1)) {
                CSVRecord record = records.next();
                number++;
                if (record.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                check(record, number, limits);
                total++;
                if (lines.size() <= limits.maxRows()) {
                    lines.add(new Line(number, record.toList()));
                }
            }
        } catch (IOException e) {
            throw unreadable(number + 1, e);
        }
        return new CsvRecords(lines, total);
    }

    private static boolean hasNext(Iterator<CSVRecord> records, int number) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw unreadable(number, e.getCause());
        } catch (IllegalStateException e) {
            throw unreadable(number, e);
        }
    }

    private static void check(CSVRecord record, int number, ImportLimits limits) {
        if (limits.columnsRefused(record.size()) != null) {
            throw new DatasetException("Line " + number + " has " + limits.columnsRefused(record.size()) + ".");
        }
        for (int i = 0; i < record.size(); i++) {
            String refused = ImportLimits.cellRefused(record.get(i).length());
            if (refused != null) {
                throw new DatasetException("Line " + number + ", column " + (i + 1) + ": " + refused + ".");
            }
        }
    }

    private static DatasetException unreadable(int number, Throwable cause) {
        String detail = String.valueOf(cause.getMessage());
        if (detail.contains("EOF reached before encapsulated token finished")) {
            return new DatasetException("Line " + number + ": a quoted field is not closed.");
        }
        if (detail.contains("Invalid character between encapsulated token and delimiter")) {
            return new DatasetException("Line " + number + ": a quoted field has text after its closing quote"
                    + " (inside quotes, write a quote as two quotes \"\").");
        }
        return new DatasetException("Line " + number + " cannot be read as CSV.");
    }
}

package com.nnplayground.dataset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The field separators spreadsheets write, and how to tell which one a file uses: the one that splits the
 * first lines into the same number of fields (more than one), and, between equals, the one whose fields read
 * as numbers (so "1,5;2,5" is two decimal-comma numbers, not three odd fields).
 */
enum Delimiter {
    COMMA(',', "Comma-separated"),
    SEMICOLON(';', "Semicolon-separated"),
    TAB('\t', "Tab-separated");

    private static final int SAMPLE_CHARS = 64 * 1024;
    private static final int SAMPLE_RECORDS = 50;
    /** Excel's own hint line, "sep=;", written before the table. */
    private static final Pattern EXCEL_HINT = Pattern.compile("sep=([,;\\t])[ \\t]*\\r?(\\n|$)");

    final char symbol;
    final String description;

    Delimiter(char symbol, String description) {
        this.symbol = symbol;
        this.description = description;
    }

    /** "1,5" is a decimal comma only where the comma cannot be the separator. */
    boolean allowsDecimalComma() {
        return this != COMMA;
    }

    CSVFormat format() {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(symbol)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
    }

    /** The delimiter an Excel "sep=" first line names, or null. */
    static Delimiter fromExcelHint(String text) {
        Matcher hint = EXCEL_HINT.matcher(text);
        if (!hint.lookingAt()) {
            return null;
        }
        char symbol = hint.group(1).charAt(0);
        return symbol == ',' ? COMMA : symbol == ';' ? SEMICOLON : TAB;
    }

    static Delimiter detect(String text) {
        String sample = text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
        Delimiter best = COMMA;
        Score bestScore = null;
        for (Delimiter candidate : values()) {
            Score score = candidate.score(sample);
            if (bestScore == null || score.compareTo(bestScore) > 0) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private Score score(String sample) {
        List<Integer> counts = new ArrayList<>();
        int cells = 0;
        int numbers = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(sample), format())) {
            for (CSVRecord record : parser) {
                if (counts.size() == SAMPLE_RECORDS) {
                    break;
                }
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                counts.add(record.size());
                for (String cell : record) {
                    cells++;
                    numbers += NumberText.isNumber(cell, allowsDecimalComma()) ? 1 : 0;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // a sample cut inside a quoted field, or a bad quote: judge on the records read so far
        }
        if (counts.isEmpty()) {
            return new Score(false, 0, 0);
        }
        int mode = counts.stream().max((a, b) -> Integer.compare(Collections.frequency(counts, a),
                Collections.frequency(counts, b))).orElse(1);
        double agreement = Collections.frequency(counts, mode) / (double) counts.size();
        return new Score(mode > 1, agreement, numbers / (double) Math.max(cells, 1));
    }

    private record Score(boolean splits, double agreement, double numberShare) implements Comparable<Score> {
        @Override
        public int compareTo(Score other) {
            if (splits != other.splits) {
                return splits ? 1 : -1;
            }
            int byAgreement = Double.compare(agreement, other.agreement);
            return byAgreement != 0 ? byAgreement : Double.compare(numberShare, other.numberShare);
        }
    }
}

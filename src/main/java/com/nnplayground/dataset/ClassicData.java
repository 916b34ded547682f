package com.nnplayground.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The classic datasets shipped as CSV resources under {@code /datasets/} (where they come from: NOTICE.md there):
 * a header of column names, the target last. Each is read on first use, once per JVM, and then shared by every
 * session, since a {@link Dataset} is immutable; equal cells share one string (the digits hold 17 different
 * values in 116,805 cells), so a shared table costs a few hundred KB.
 */
final class ClassicData {
    private static final Map<String, Dataset> LOADED = new ConcurrentHashMap<>();

    private ClassicData() {
    }

    static Dataset load(String file, boolean targetClasses) {
        return LOADED.computeIfAbsent(file, f -> read(f, targetClasses));
    }

    private static Dataset read(String file, boolean targetClasses) {
        try (InputStream in = ClassicData.class.getResourceAsStream("/datasets/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The dataset resource /datasets/" + file + " is missing from the build.");
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (CSVParser parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                List<String> columns = parser.getHeaderNames();
                Map<String, String> shared = new HashMap<>();
                List<List<String>> rows = new ArrayList<>();
                for (CSVRecord record : parser) {
                    rows.add(record.stream().map(cell -> shared.computeIfAbsent(cell, c -> c)).toList());
                }
                String target = columns.getLast();
                return new Dataset(columns, rows, columns.subList(0, columns.size() - 1), target, targetClasses);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dataset resource /datasets/" + file, e);
        }
    }
}

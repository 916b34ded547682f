package com.nnplayground.experiment;

import com.nnplayground.dataset.ImportLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The size of an experiment file's table, read token by token before the file is parsed into a tree: a file over
 * the limits (thousands of columns, tens of thousands of rows) is refused having built nothing. A file that is not valid JSON is left to the parser, which says where.
 */
final class TableShape {
    private static final int ROOT = 1;
    private static final int DATASET = 2;
    private static final int TABLE = 3;
    private static final int ROW = 4;

    private TableShape() {
    }

    /** Refuses {@code dataset.columns} or {@code dataset.rows} (or one row) beyond {@code limits}. */
    static void check(String json, ImportLimits limits) {
        String[] names = new String[ROW + 1];
        int depth = 0;
        long columns = 0;
        long rows = 0;
        long width = 0;
        long widest = 0;
        long widestRow = 0;
        try (JsonParser parser = ExperimentJson.MAPPER.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME) {
                    names[Math.min(depth, ROW)] = parser.currentName();
                    continue;
                }
                boolean inDataset = depth >= DATASET && "dataset".equals(names[ROOT]);
                if (token.isStructStart()) {
                    depth++;
                    if (depth == ROW && inDataset && "rows".equals(names[DATASET])) {
                        rows++;
                        width = 0;
                    }
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (depth == TABLE && inDataset && "columns".equals(names[DATASET])) {
                    columns++;
                } else if (depth == ROW && inDataset && "rows".equals(names[DATASET]) && ++width > widest) {
                    widest = width;
                    widestRow = rows - 1;
                }
            }
        } catch (JacksonException notJson) {
            // refused below if what was read is already too big; else the parser that reads the tree says where
        }
        refuse("dataset.columns", limits.columnsRefused(columns));
        refuse("dataset.rows", limits.rowsRefused(rows));
        refuse("dataset.rows[" + widestRow + "]", limits.columnsRefused(widest));
    }

    private static void refuse(String field, String refused) {
        if (refused != null) {
            throw new ExperimentException(field, refused);
        }
    }
}

package com.nnplayground.dataset;

/**
 * A table's size as far as its text shows it before it is parsed (see {@link CsvImport#size}): enough to say what
 * the table will cost, about what it is.
 *
 * @param rows    lines but the first (a header, or one row among thousands)
 * @param columns fields of the first line, counting every separator it could use
 * @param chars   characters of the whole text
 */
public record TableSize(long rows, long columns, long chars) {
}

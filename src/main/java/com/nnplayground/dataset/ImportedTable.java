package com.nnplayground.dataset;

import java.util.List;

/**
 * The result of a CSV import: the table with a proposed target and inputs, and what the import detected,
 * in sentences to show the user (separator, header row, sizes, how text columns are used).
 */
public record ImportedTable(Dataset dataset, List<String> notes) {

    public ImportedTable {
        notes = List.copyOf(notes);
    }
}

package com.nnplayground.dataset.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.ImportLimits;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.ui.DatasetPanel.ChangeKind;
import com.nnplayground.dataset.ui.DatasetPanel.DatasetChange;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The data panel: presets, the editable table, paste, and bad input that loses nothing. */
class DatasetPanelTest {
    private DatasetPanel panel;
    private final List<DatasetChange> changes = new ArrayList<>();

    @BeforeEach
    void open() {
        MockVaadin.setup();
        panel = new DatasetPanel(new ImportLimits(10_000, 1000, 20));
        panel.addDatasetChangeListener(changes::add);
        UI.getCurrent().add(panel);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private void paste(String csv) {
        panel.importPanel.paste.setValue(csv);
        _click(panel.importPanel.apply);
    }

    @Test
    void picking_the_digits_names_its_source_and_says_its_numbers_are_class_labels() {
        panel.presets.select(Preset.DIGITS);

        assertThat(panel.presets.source.getText()).startsWith("Source: E. Alpaydin");
        assertThat(panel.summary.getText()).isEqualTo("1,797 rows · 64 inputs: pixel_0_0, pixel_0_1, pixel_0_2, …,"
                + " pixel_7_7 · target: digit (its numbers are class labels)");
        assertThat(panel.dataset().targetClasses()).isTrue();
    }

    @Test
    void another_target_column_is_read_from_its_cells_again() {
        panel.presets.select(Preset.DIGITS);

        panel.editor.target.setValue("pixel_3_3");

        assertThat(panel.dataset().target()).isEqualTo("pixel_3_3");
        assertThat(panel.dataset().targetClasses()).isFalse();
    }

    @Test
    void editing_a_cell_changes_the_dataset() {
        List<String> firstRow = panel.editor.dataset().rows().get(0);
        assertThat(firstRow).containsExactly("0", "0", "1", "0");
        panel.editor.grid.getEditor().editItem(panel.editor.grid.getListDataView().getItem(0));
        MockVaadin.clientRoundtrip(false);
        TextField x1 = (TextField) panel.editor.grid.getColumns().get(0).getEditorComponent();
        x1.setValue("0.5");

        assertThat(panel.dataset().rows().get(0)).containsExactly("0.5", "0", "1", "0");
        assertThat(changes).last().extracting(DatasetChange::kind).isEqualTo(ChangeKind.EDIT);
    }

    @Test
    void rows_can_be_added_and_deleted_but_not_the_last_one() {
        _click(panel.editor.addRow);
        assertThat(panel.dataset().size()).isEqualTo(5);
        assertThat(panel.dataset().rows().get(4)).containsExactly("", "", "", "");
        while (panel.dataset().size() > 1) {
            panel.editor.edit(() -> panel.editor.model().deleteRow(panel.editor.model().rows().get(0)));
        }
        panel.editor.edit(() -> panel.editor.model().deleteRow(panel.editor.model().rows().get(0)));
        assertThat(panel.dataset().size()).isEqualTo(1);
        assertThat(panel.error.getText()).isEqualTo("The table needs at least one row.");
    }

    @Test
    void a_deleted_row_can_be_put_back_where_it_was() {
        panel.presets.select(Preset.XOR);
        List<List<String>> before = panel.dataset().rows();
        assertThat(panel.editor.undoDelete.isVisible()).isFalse();

        _click((Button) _getCellComponent(panel.editor.grid, 1, "delete"));
        _click((Button) _getCellComponent(panel.editor.grid, 2, "delete"));

        assertThat(panel.dataset().rows()).containsExactly(before.get(0), before.get(2));
        assertThat(panel.editor.undoDelete.getText()).isEqualTo("Undo: put back row 3");
        _click(panel.editor.undoDelete);
        assertThat(panel.editor.undoDelete.getText()).isEqualTo("Undo: put back row 2");
        _click(panel.editor.undoDelete);
        assertThat(panel.dataset().rows()).isEqualTo(before);
        assertThat(panel.editor.undoDelete.isVisible()).isFalse();
        assertThat(changes).last().extracting(DatasetChange::kind).isEqualTo(ChangeKind.EDIT);
    }

    @Test
    void deleting_a_row_deletes_that_row_not_the_first_one_equal_to_it() {
        paste("x,y\n1,2\n3,4\n1,2\n");

        _click((Button) _getCellComponent(panel.editor.grid, 2, "delete"));

        assertThat(panel.dataset().rows()).containsExactly(List.of("1", "2"), List.of("3", "4"));
    }

    @Test
    void columns_can_be_added_renamed_and_deleted_and_the_target_is_protected() {
        panel.editor.columnName.setValue("x4");
        _click(panel.editor.addColumn);
        assertThat(panel.dataset().columns()).containsExactly("x1", "x2", "x3", "y", "x4");
        assertThat(panel.dataset().inputs()).contains("x4");

        panel.editor.column.setValue("x4");
        panel.editor.columnName.setValue("noise");
        _click(panel.editor.renameColumn);
        assertThat(panel.dataset().columns()).containsExactly("x1", "x2", "x3", "y", "noise");

        panel.editor.column.setValue("x1");
        panel.editor.columnName.setValue("x2");
        _click(panel.editor.renameColumn);
        assertThat(panel.error.getText()).isEqualTo("There is already a column 'x2'.");

        panel.editor.column.setValue("y");
        _click(panel.editor.deleteColumn);
        assertThat(panel.error.getText()).isEqualTo("'y' is the target: choose another target first.");
        assertThat(panel.dataset().columns()).contains("y");

        panel.editor.column.setValue("noise");
        _click(panel.editor.deleteColumn);
        assertThat(panel.dataset().columns()).containsExactly("x1", "x2", "x3", "y");
    }

    @Test
    void each_column_is_the_target_an_input_or_ignored() {
        panel.editor.inputs.setValue(java.util.Set.of("x1", "x2"));
        Dataset data = panel.dataset();
        assertThat(data.inputs()).containsExactly("x1", "x2");
        assertThat(panel.editor.grid.getColumns().get(2).getHeaderText()).isEqualTo("x3 (ignored)");

        panel.editor.target.setValue("x1");
        assertThat(panel.dataset().target()).isEqualTo("x1");
        assertThat(panel.dataset().inputs()).containsExactly("x2", "y");
    }

    @Test
    void pasted_csv_replaces_the_table_with_its_proposal_and_notes() {
        paste("weight;colour;fruit\n1,5;red;apple\n7,0;green;melon\n1,2;green;apple\n8,1;yellow;melon\n");

        Dataset data = panel.dataset();
        assertThat(data.columns()).containsExactly("weight", "colour", "fruit");
        assertThat(data.target()).isEqualTo("fruit");
        assertThat(data.inputs()).containsExactly("weight", "colour");
        assertThat(data.rows().get(0)).containsExactly("1.5", "red", "apple");
        assertThat(_size(panel.editor.grid)).isEqualTo(4);
        assertThat(panel.notes.getText()).contains("Decimal commas");
        assertThat(panel.presets.preset.getValue()).isNull();
        assertThat(changes).last().extracting(DatasetChange::kind).isEqualTo(ChangeKind.IMPORT);
    }

    @Test
    void a_bad_paste_says_what_and_where_and_keeps_the_table() {
        int changesBefore = changes.size();
        paste("a,b,c\n1,2,3\n4,5\n");
        assertThat(panel.error.getText()).isEqualTo("Line 3 (data row 2) has 2 fields, expected 3 (as in the header).");
        assertThat(panel.dataset()).isEqualTo(Preset.XOR_SEED.dataset());
        assertThat(changes).hasSize(changesBefore);

        paste("x,y\n1,a\n2,a\n3,a\n");
        assertThat(panel.error.getText()).contains("only one class");
        assertThat(panel.dataset()).isEqualTo(Preset.XOR_SEED.dataset());
    }

    @Test
    void an_upload_over_the_limit_is_refused_before_it_is_read_whole() {
        byte[] big = new byte[20_000];
        java.util.Arrays.fill(big, (byte) 'a');
        CountingStream stream = new CountingStream(big);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvImportPanel.readAtMost(stream, 10_000))
                .hasMessageContaining("the limit is");
        assertThat(stream.read).as("bytes read before refusing").isLessThanOrEqualTo(10_001);
    }

    @Test
    void the_dataset_downloads_as_csv() {
        assertThat(panel.csv()).isEqualTo("x1,x2,x3,y\r\n0,0,1,0\r\n0,1,1,1\r\n1,0,1,1\r\n1,1,1,0\r\n");
    }

    /** Counts how much of the upload was actually read. */
    private static final class CountingStream extends ByteArrayInputStream {
        int read;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            read += Math.max(0, n);
            return n;
        }
    }
}

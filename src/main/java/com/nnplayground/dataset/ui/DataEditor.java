package com.nnplayground.dataset.ui;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.dataset.ImportLimits;
import com.nnplayground.dataset.PixelGrid;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The table as an editable grid (double-click a cell, or Enter on it, to edit its row; Escape leaves), with rows and
 * columns to add, rename and delete (a deleted row can be put back), and each column's role: the target, an input, or
 * ignored. Refused edits are explained through {@code onProblem}; every accepted one is reported through
 * {@code onEdited}. Inputs that form a picture (the digits' 64 pixels) show as one small image per row, unless the
 * user asks for the pixels as numbers to edit them.
 */
@JsModule("./digit-image.ts")
public class DataEditor extends Composite<VerticalLayout> {
    final Grid<List<String>> grid = new Grid<>();
    final Select<String> target = new Select<>();
    final CheckboxGroup<String> inputs = new CheckboxGroup<>();
    final Button addRow = new Button("Add row");
    final Select<String> column = new Select<>();
    final TextField columnName = new TextField();
    final Button addColumn = new Button("Add column");
    final Button renameColumn = new Button("Rename");
    final Button deleteColumn = new Button("Delete column");
    final Checkbox pixelNumbers = new Checkbox("Pixels as numbers (to edit them)");
    final Button undoDelete = new Button();

    private final TableModel model;
    /** Rows deleted since the table was loaded, the last on top, each with where it was. */
    private final Deque<Deleted> deleted = new ArrayDeque<>();
    private List<String> focusedRow;

    private record Deleted(int index, List<String> row) {
    }
    private final Consumer<Dataset> onEdited;
    private final Consumer<String> onProblem;
    private boolean updating;
    private boolean readOnly;

    public DataEditor(ImportLimits limits, Consumer<Dataset> onEdited, Consumer<String> onProblem) {
        this.model = new TableModel(limits);
        this.onEdited = onEdited;
        this.onProblem = onProblem;
        grid.setId("dataset-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemDoubleClickListener(e -> {
            if (!readOnly) {
                grid.getEditor().editItem(e.getItem());
            }
        });
        pixelNumbers.setId("pixel-numbers");
        pixelNumbers.setVisible(false);
        pixelNumbers.addValueChangeListener(e -> rebuild());
        grid.addCellFocusListener(e -> focusedRow = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> {
            if (!readOnly && focusedRow != null && !grid.getEditor().isOpen()) {
                grid.getEditor().editItem(focusedRow);
            }
        }, Key.ENTER).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> grid.getEditor().closeEditor(), Key.ESCAPE).listenOn(grid);
        undoDelete.setId("undo-delete");
        undoDelete.addThemeVariants(ButtonVariant.LUMO_SMALL);
        undoDelete.setVisible(false);
        undoDelete.addClickListener(e -> edit(() -> {
            Deleted last = deleted.pop();
            model.insertRow(last.index(), last.row());
        }));
        target.setId("target-column");
        target.setLabel("Target (what to predict)");
        inputs.setId("input-columns");
        inputs.setLabel("Inputs (unticked columns are ignored)");
        column.setPlaceholder("column");
        column.setAriaLabel("Column to rename or delete");
        column.setWidth("9em");
        columnName.setPlaceholder("new name");
        columnName.setAriaLabel("Column name");
        columnName.setWidth("9em");
        for (Button b : List.of(addRow, addColumn, renameColumn, deleteColumn)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        addRow.addClickListener(e -> edit(() -> {
            List<String> row = model.addRow();
            refreshRows();
            grid.scrollToEnd();
            grid.getEditor().editItem(row);
        }));
        addColumn.addClickListener(e -> edit(() -> model.addColumn(columnName.getValue())));
        renameColumn.addClickListener(e -> edit(() -> model.renameColumn(selectedColumn(), columnName.getValue())));
        deleteColumn.addClickListener(e -> edit(() -> model.deleteColumn(selectedColumn())));
        target.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                edit(() -> model.setTarget(e.getValue()));
            }
        });
        inputs.addValueChangeListener(e -> {
            if (!updating) {
                edit(() -> model.setInputs(List.copyOf(e.getValue())));
            }
        });

        HorizontalLayout columnTools = new HorizontalLayout(column, columnName, addColumn, renameColumn, deleteColumn);
        columnTools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        columnTools.getStyle().set("flex-wrap", "wrap");
        columnTools.setSpacing(false);
        columnTools.getStyle().set("gap", "var(--lumo-space-xs)");
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        Details editColumns = new Details("Edit columns", columnTools);
        content.add(target, inputs, pixelNumbers, grid, new HorizontalLayout(addRow, undoDelete, editColumns));
    }

    /** Shows a new table (a preset or an import); not an edit. */
    public void load(Dataset data) {
        model.load(data);
        deleted.clear();
        rebuild();
    }

    public Dataset dataset() {
        return model.snapshot();
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        grid.getEditor().cancel();
        grid.getEditor().getBinder().setReadOnly(readOnly);
        for (var c : List.of(addRow, addColumn, renameColumn, deleteColumn)) {
            c.setEnabled(!readOnly);
        }
        target.setReadOnly(readOnly);
        inputs.setReadOnly(readOnly);
        undoDelete.setEnabled(!readOnly);
    }

    private String selectedColumn() {
        if (column.getValue() == null) {
            throw new DatasetException("Pick the column to rename or delete first.");
        }
        return column.getValue();
    }

    TableModel model() {
        return model;
    }

    void edit(Runnable change) {
        try {
            change.run();
        } catch (DatasetException e) {
            onProblem.accept(e.getMessage());
            rebuild();
            return;
        }
        columnName.clear();
        rebuild();
        onEdited.accept(model.snapshot());
    }

    private void rebuild() {
        updating = true;
        try {
            List<String> columns = model.columns();
            target.setItems(columns);
            target.setValue(model.target());
            inputs.setItems(columns.stream().filter(c -> !c.equals(model.target())).toList());
            inputs.setValue(new HashSet<>(model.inputs()));
            column.setItems(columns);
            buildColumns(columns);
            refreshRows();
            undoDelete.setVisible(!deleted.isEmpty());
            if (!deleted.isEmpty()) {
                undoDelete.setText(String.format("Undo: put back row %,d", deleted.peek().index() + 1));
            }
        } finally {
            updating = false;
        }
    }

    private void refreshRows() {
        grid.setItems(model.rows());
        grid.setAllRowsVisible(model.rows().size() <= 12);
        grid.setHeight(model.rows().size() <= 12 ? null : "16em");
    }

    private void buildColumns(List<String> columns) {
        grid.getEditor().cancel();
        grid.removeAllColumns();
        Editor<List<String>> editor = grid.getEditor();
        Binder<List<String>> binder = new Binder<>();
        binder.setReadOnly(readOnly);
        editor.setBinder(binder);
        editor.setBuffered(false);
        Optional<PixelGrid> picture = PixelGrid.of(model.snapshot());
        pixelNumbers.setVisible(picture.isPresent());
        boolean asImage = picture.isPresent() && !pixelNumbers.getValue();
        if (asImage) {
            addImageColumn(picture.get());
        }
        for (int c = 0; c < columns.size(); c++) {
            int index = c;
            String name = columns.get(c);
            if (asImage && picture.get().isPixel(c)) {
                continue;
            }
            String role = name.equals(model.target()) ? " (target)" : model.inputs().contains(name) ? "" : " (ignored)";
            TextField cell = new TextField();
            cell.setWidthFull();
            cell.setAriaLabel(name);
            cell.setMaxLength(ImportLimits.MAX_CELL_CHARS);
            binder.forField(cell).bind(row -> row.get(index), (row, value) -> {
                try {
                    model.setCell(row, index, value);
                } catch (DatasetException e) {
                    onProblem.accept(e.getMessage());
                    return;
                }
                onEdited.accept(model.snapshot());
            });
            grid.addColumn(row -> row.get(index)).setHeader(name + role).setAutoWidth(true).setEditorComponent(cell);
        }
        grid.addComponentColumn(row -> {
            Button delete = new Button("✕", e -> edit(() -> deleted.push(new Deleted(model.deleteRow(row), row))));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel("Delete this row");
            return delete;
        }).setKey("delete").setHeader("Delete").setWidth("5em").setFlexGrow(0);
    }

    /** One picture for the pixel columns, named after the first and the last of them. */
    private void addImageColumn(PixelGrid picture) {
        List<String> columns = model.columns();
        int target = columns.indexOf(model.target());
        String size = PictureColumn.size(picture);
        grid.addColumn(PictureColumn.<List<String>>renderer(picture, row -> row, row -> target < 0 ? size + " picture"
                        : size + " picture, " + model.target() + " " + row.get(target)))
                .setHeader(PictureColumn.header(picture, columns)).setAutoWidth(true).setFlexGrow(0);
    }
}

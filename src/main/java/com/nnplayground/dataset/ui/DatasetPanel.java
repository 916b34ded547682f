package com.nnplayground.dataset.ui;

import com.nnplayground.capacity.MemoryCost;
import com.nnplayground.capacity.OverBudgetException;
import com.nnplayground.capacity.ui.PageBudget;
import com.nnplayground.dataset.CsvWriter;
import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.dataset.EncodingOptions;
import com.nnplayground.dataset.ImportLimits;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.PresetOptions;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.dataset.TableSize;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.nnplayground.numbers.NumberRule;
import com.nnplayground.numbers.ui.NumberInput;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Where the data comes from and how it is prepared: a preset (size, noise and seed for the generated ones),
 * a CSV file or pasted text, the editable table with each column's role, scaling and the test share.
 * A file or paste that cannot be used leaves the table exactly as it was and says what is wrong and where; so does
 * one the page may not hold: past the limits, or past the memory its browser or the server may use
 * ({@link PageBudget}), checked from the file's size before it is parsed.
 */
public class DatasetPanel extends Composite<VerticalLayout> {
    private static final String ADVICE = "Use fewer rows or columns, or close this site's other tabs.";
    private static final int MAX_INPUTS_NAMED = 8;

    final PresetPicker presets = new PresetPicker(this::picked, this::problem);
    final CsvImportPanel importPanel;
    final DataEditor editor;
    final Select<Scaling> scaling = new Select<>();
    final Select<Scaling> targetScaling = new Select<>();
    final NumberInput testShare = new NumberInput("Test rows (%)", NumberRule.whole("Test rows", 0, 50,
            "Test rows: enter a whole percentage from 0 to 50"));
    final Div summary = new Div();
    final Div error = new Div();
    final Div notes = new Div();
    final Anchor download;

    private final List<Consumer<DatasetChange>> listeners = new ArrayList<>();
    private final ImportLimits limits;
    private final PageBudget memory;
    private List<String> importNotes = List.of();

    public DatasetPanel(ImportLimits limits) {
        this.limits = limits;
        this.memory = PageBudget.of(UI.getCurrent());
        editor = new DataEditor(limits, this::edited, this::problem);
        error.setId("dataset-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        notes.setId("dataset-notes");
        notes.getStyle().set("white-space", "pre-line");
        for (Div d : List.of(summary, notes)) {
            d.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        }
        scaling.setId("scaling");
        scaling.setLabel("Input scaling");
        scaling.setItems(Scaling.values());
        scaling.setItemLabelGenerator(Scaling::label);
        scaling.setValue(Scaling.NONE);
        targetScaling.setId("target-scaling");
        targetScaling.setLabel("Target scaling");
        targetScaling.setItems(Scaling.values());
        targetScaling.setItemLabelGenerator(Scaling::label);
        targetScaling.setValue(Scaling.NONE);
        targetScaling.setHelperText("For numbers to predict; results stay in its units");
        targetScaling.setVisible(false);
        targetScaling.addValueChangeListener(e -> changed(ChangeKind.PREPARATION, e.isFromClient()));
        testShare.setId("test-share");
        testShare.setNumber(0);
        testShare.setWidth("9em");
        testShare.setHelperText("0 to 50; held out, never trained on");
        scaling.addValueChangeListener(e -> changed(ChangeKind.PREPARATION, e.isFromClient()));
        testShare.addValueChangeListener(e -> changed(ChangeKind.PREPARATION, e.isFromClient()));
        importPanel = new CsvImportPanel(limits, this::checkSize, this::imported, this::problem);
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = csv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "dataset.csv", "text/csv", csv.length);
        }), AttachmentType.DOWNLOAD, "Download dataset (CSV)");

        HorizontalLayout preparation = new HorizontalLayout(scaling, testShare, targetScaling);
        preparation.getStyle().set("flex-wrap", "wrap");
        preparation.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(new H3("Data"), presets, importPanel, error, notes, summary, editor, preparation, download);
        presets.select(Preset.XOR_SEED);
    }

    private void picked(PresetPicker.Picked picked) {
        show(picked.dataset(), List.of());
        changed(picked.newPreset() ? ChangeKind.PRESET : ChangeKind.PRESET_OPTIONS, picked.fromUser());
    }

    private void imported(Dataset data, List<String> importNotes) {
        try {
            checkMemory(data);
        } catch (DatasetException e) {
            problem(e.getMessage());
            return;
        }
        presets.clear();
        show(data, importNotes);
        changed(ChangeKind.IMPORT, true);
    }

    /**
     * Refuses data this page may not show, whichever way it came: over the limits of an import, or more than the
     * page's browser or the server can hold now. The page stays as it was.
     *
     * @throws DatasetException saying which limit and by how much
     */
    public void admit(Dataset data) {
        limits.check(data);
        checkMemory(data);
    }

    private void checkMemory(Dataset data) {
        checkMemory(MemoryCost.table(data), what(data.size(), data.columns().size()));
    }

    private void checkSize(TableSize size) {
        checkMemory(MemoryCost.table(size.rows() + 1, size.columns(), size.chars()),
                "about " + what(size.rows(), size.columns()));
    }

    private void checkMemory(long bytes, String shape) {
        try {
            memory.check(bytes, "This table (" + shape + ")", ADVICE);
        } catch (OverBudgetException e) {
            throw new DatasetException(e.getMessage());
        }
    }

    private static String what(long rows, long columns) {
        return String.format(Locale.ROOT, "%,d rows x %,d columns", rows, columns);
    }

    /**
     * Shows the data of an opened experiment file or a link (see {@link #admit}) with its preparation, as saved
     * (no proposals); {@code from} says where it came from.
     */
    public void open(Dataset data, Scaling fileScaling, double fileTestShare, Scaling fileTargetScaling, String from) {
        presets.clear();
        show(data, List.of(from));
        scaling.setValue(fileScaling);
        targetScaling.setValue(fileTargetScaling);
        setTestShare(fileTestShare);
        changed(ChangeKind.OPENED, true);
    }

    private void edited(Dataset data) {
        memory.hold(MemoryCost.table(data));
        error.setText("");
        summarise(data);
        changed(ChangeKind.EDIT, true);
    }

    private void problem(String message) {
        error.setText(message);
    }

    private void show(Dataset next, List<String> fromImport) {
        memory.hold(MemoryCost.table(next));
        error.setText("");
        importNotes = List.copyOf(fromImport);
        notes.setText(String.join("\n", importNotes));
        editor.load(next);
        summarise(next);
    }

    private void summarise(Dataset data) {
        summary.setText(String.format("%,d rows · %s · target: %s%s", data.size(), inputs(data.inputs()),
                data.target(), data.targetClasses() ? " (its numbers are class labels)" : ""));
    }

    /** Every input by name, or for many (the digits' 64 pixels) the count, the first few and the last. */
    private static String inputs(List<String> names) {
        if (names.isEmpty()) {
            return "inputs: none";
        }
        if (names.size() <= MAX_INPUTS_NAMED) {
            return "inputs: " + String.join(", ", names);
        }
        return names.size() + " inputs: " + String.join(", ", names.subList(0, 3)) + ", …, " + names.getLast();
    }

    private void changed(ChangeKind kind, boolean fromUser) {
        DatasetChange change = new DatasetChange(dataset(), presets.current(), kind, fromUser);
        listeners.forEach(l -> l.accept(change));
    }

    String csv() {
        Dataset data = dataset();
        CsvWriter csv = new CsvWriter().row(data.columns());
        data.rows().forEach(csv::row);
        return csv.toString();
    }

    public Dataset dataset() {
        return editor.dataset();
    }

    public Preset preset() {
        return presets.current();
    }

    /** A generated preset's options as typed, or null when they do not fit (or the data is no generated preset). */
    public PresetOptions presetOptions() {
        if (presets.current() == null || !presets.current().generated()) {
            return null;
        }
        try {
            return presets.options();
        } catch (DatasetException e) {
            return null;
        }
    }

    /** Shows a preset with these options (from a link), as if picked. */
    public void showPreset(Preset preset, PresetOptions options) {
        presets.show(preset, options);
    }

    /** Scaling and the test share as chosen; a test share out of range is explained, not used. */
    public EncodingOptions encoding(long splitSeed) {
        NumberRule.Checked share = testShare.check();
        if (!share.ok()) {
            throw new DatasetException(share.problem());
        }
        return new EncodingOptions(scaling(), share.value().intValueExact() / 100.0, splitSeed, targetScaling());
    }

    public void setScaling(Scaling value) {
        scaling.setValue(value);
    }

    /** The share of rows held out, 0 to 0.5, shown as a whole percentage. */
    public void setTestShare(double share) {
        testShare.setNumber(Math.round(share * 100));
    }

    public Scaling scaling() {
        return scaling.getValue() == null ? Scaling.NONE : scaling.getValue();
    }

    public Scaling targetScaling() {
        return targetScaling.getValue() == null ? Scaling.NONE : targetScaling.getValue();
    }

    public void setTargetScaling(Scaling value) {
        targetScaling.setValue(value);
    }

    /** The target's scaling is offered for numbers to predict only; classes are never scaled. */
    public void showTargetScaling(boolean numericTarget) {
        targetScaling.setVisible(numericTarget);
    }

    /** A problem with the data as it stands (not with an import: that one keeps the table and says why). */
    public void showProblem(String message) {
        error.setText(message);
    }

    /** What the encoding did: one-hot columns, scaling, the test split. */
    public void showNotes(List<String> encodingNotes) {
        List<String> all = new ArrayList<>(importNotes);
        all.addAll(encodingNotes);
        notes.setText(String.join("\n", all));
    }

    public Registration addDatasetChangeListener(Consumer<DatasetChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void setRunning(boolean running) {
        presets.setReadOnly(running);
        scaling.setReadOnly(running);
        targetScaling.setReadOnly(running);
        testShare.setReadOnly(running);
        importPanel.setEnabled(!running);
        editor.setReadOnly(running);
    }

    /** What changed: another preset, new options for it, an imported file, an edit, or scaling/test share. */
    public enum ChangeKind { PRESET, PRESET_OPTIONS, IMPORT, OPENED, EDIT, PREPARATION }

    /**
     * @param preset   the preset shown, or null for imported or edited data
     * @param fromUser true when the user made the change
     */
    public record DatasetChange(Dataset dataset, Preset preset, ChangeKind kind, boolean fromUser) {
    }
}

package com.nnplayground.dataset.ui;

import com.nnplayground.dataset.CsvWriter;
import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.dataset.EncodingOptions;
import com.nnplayground.dataset.ImportLimits;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.PresetOptions;
import com.nnplayground.dataset.Scaling;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the data comes from and how it is prepared: a preset (size, noise and seed for the generated ones),
 * a CSV file or pasted text, the editable table with each column's role, scaling and the test share.
 * A file or paste that cannot be used leaves the table exactly as it was and says what is wrong and where.
 */
public class DatasetPanel extends Composite<VerticalLayout> {
    static final int MAX_GENERATED_ROWS = 5_000;

    final Select<Preset> preset = new Select<>();
    final IntegerField size = new IntegerField("Rows");
    final NumberField noise = new NumberField("Noise");
    final IntegerField seed = new IntegerField("Data seed");
    final HorizontalLayout options = new HorizontalLayout(size, noise, seed);
    final CsvImportPanel importPanel;
    final DataEditor editor = new DataEditor(this::edited, this::problem);
    final Select<Scaling> scaling = new Select<>();
    final IntegerField testShare = new IntegerField("Test rows (%)");
    final Div summary = new Div();
    final Div error = new Div();
    final Div notes = new Div();
    final Anchor download;

    private final List<Consumer<DatasetChange>> listeners = new ArrayList<>();
    private Preset current;
    private List<String> importNotes = List.of();

    public DatasetPanel(ImportLimits limits) {
        preset.setId("dataset-preset");
        preset.setLabel("Start from");
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(Preset::label);
        preset.setWidthFull();
        preset.setPlaceholder("Your own data");
        size.setId("dataset-size");
        size.setMin(4);
        size.setMax(MAX_GENERATED_ROWS);
        size.setStepButtonsVisible(true);
        size.setWidth("8em");
        noise.setMin(0);
        noise.setMax(1);
        noise.setWidth("7em");
        seed.setMin(0);
        seed.setWidth("7em");
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
        testShare.setId("test-share");
        testShare.setMin(0);
        testShare.setMax(50);
        testShare.setValue(0);
        testShare.setStepButtonsVisible(true);
        testShare.setHelperText("0 to 50; held out, never trained on");
        scaling.addValueChangeListener(e -> changed(ChangeKind.PREPARATION, e.isFromClient()));
        testShare.addValueChangeListener(e -> changed(ChangeKind.PREPARATION, e.isFromClient()));
        importPanel = new CsvImportPanel(limits, this::imported, this::problem);
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = csv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "dataset.csv", "text/csv", csv.length);
        }), AttachmentType.DOWNLOAD, "Download dataset (CSV)");

        PresetOptions d = PresetOptions.DEFAULT;
        size.setValue(d.size());
        noise.setValue(d.noise());
        seed.setValue((int) d.seed());
        preset.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                loadPreset(e.getValue(), e.isFromClient());
            }
        });
        size.addValueChangeListener(e -> regenerate(e.isFromClient()));
        noise.addValueChangeListener(e -> regenerate(e.isFromClient()));
        seed.addValueChangeListener(e -> regenerate(e.isFromClient()));

        HorizontalLayout preparation = new HorizontalLayout(scaling, testShare);
        preparation.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(new H3("Data"), preset, options, importPanel, error, notes, summary, editor, preparation, download);
        preset.setValue(Preset.XOR_SEED);
    }

    private void regenerate(boolean fromUser) {
        if (current != null && current.generated()) {
            loadPreset(current, fromUser);
        }
    }

    /** Shows a preset's rows; bad options are explained and the rows already shown stay. */
    private void loadPreset(Preset chosen, boolean fromUser) {
        options.setVisible(chosen.generated());
        Dataset next;
        try {
            next = chosen.generated() ? chosen.dataset(presetOptions()) : chosen.dataset();
        } catch (DatasetException e) {
            problem(e.getMessage());
            return;
        }
        ChangeKind kind = chosen != current ? ChangeKind.PRESET : ChangeKind.PRESET_OPTIONS;
        current = chosen;
        show(next, List.of());
        changed(kind, fromUser);
    }

    private void imported(Dataset data, List<String> importNotes) {
        current = null;
        preset.setValue(null);
        options.setVisible(false);
        show(data, importNotes);
        changed(ChangeKind.IMPORT, true);
    }

    /** Shows the data of an opened experiment file with its preparation, as saved (no proposals). */
    public void open(Dataset data, Scaling fileScaling, double fileTestShare) {
        current = null;
        preset.setValue(null);
        options.setVisible(false);
        show(data, List.of("Opened from an experiment file."));
        scaling.setValue(fileScaling);
        testShare.setValue((int) Math.round(fileTestShare * 100));
        changed(ChangeKind.OPENED, true);
    }

    private void edited(Dataset data) {
        error.setText("");
        summarise(data);
        changed(ChangeKind.EDIT, true);
    }

    private void problem(String message) {
        error.setText(message);
    }

    private PresetOptions presetOptions() {
        if (size.getValue() == null || size.getValue() < 4 || size.getValue() > MAX_GENERATED_ROWS) {
            throw new DatasetException("Rows: enter a whole number from 4 to " + MAX_GENERATED_ROWS + ".");
        }
        if (noise.getValue() == null || noise.getValue() < 0 || noise.getValue() > 1) {
            throw new DatasetException("Noise: enter a number from 0 to 1.");
        }
        if (seed.getValue() == null || seed.getValue() < 0) {
            throw new DatasetException("Data seed: enter a whole number from 0.");
        }
        return new PresetOptions(size.getValue(), noise.getValue(), seed.getValue());
    }

    private void show(Dataset next, List<String> fromImport) {
        error.setText("");
        importNotes = List.copyOf(fromImport);
        notes.setText(String.join("\n", importNotes));
        editor.load(next);
        summarise(next);
    }

    private void summarise(Dataset data) {
        summary.setText(String.format("%,d rows · inputs: %s · target: %s", data.size(),
                data.inputs().isEmpty() ? "none" : String.join(", ", data.inputs()), data.target()));
    }

    private void changed(ChangeKind kind, boolean fromUser) {
        DatasetChange change = new DatasetChange(dataset(), current, kind, fromUser);
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
        return current;
    }

    /** Scaling and the test share as chosen; a test share out of range is explained, not used. */
    public EncodingOptions encoding(long splitSeed) {
        Integer share = testShare.getValue();
        if (share == null || share < 0 || share > 50) {
            throw new DatasetException("Test rows: enter a whole percentage from 0 to 50.");
        }
        return new EncodingOptions(scaling(), share / 100.0, splitSeed);
    }

    public void setScaling(Scaling value) {
        scaling.setValue(value);
    }

    public Scaling scaling() {
        return scaling.getValue() == null ? Scaling.NONE : scaling.getValue();
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
        for (var field : List.of(preset, scaling)) {
            field.setReadOnly(running);
        }
        for (var field : List.of(size, seed, testShare)) {
            field.setReadOnly(running);
        }
        noise.setReadOnly(running);
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

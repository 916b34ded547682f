package com.nnplayground.dataset.ui;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.PresetOptions;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Where the data comes from: a preset (with size, noise and seed for the generated ones) and its rows. */
public class DatasetPanel extends Composite<VerticalLayout> {
    static final int MAX_GENERATED_ROWS = 5_000;

    final Select<Preset> preset = new Select<>();
    final IntegerField size = new IntegerField("Rows");
    final NumberField noise = new NumberField("Noise");
    final IntegerField seed = new IntegerField("Data seed");
    final HorizontalLayout options = new HorizontalLayout(size, noise, seed);
    final Div summary = new Div();
    final Div error = new Div();
    final Grid<List<String>> grid = new Grid<>();

    private final List<Consumer<DatasetChange>> listeners = new ArrayList<>();
    private Dataset dataset;
    private Preset current;

    public DatasetPanel() {
        preset.setId("dataset-preset");
        preset.setLabel("Dataset");
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(Preset::label);
        preset.setWidthFull();
        size.setId("dataset-size");
        size.setMin(4);
        size.setMax(MAX_GENERATED_ROWS);
        size.setStepButtonsVisible(true);
        size.setStep(50);
        size.setWidth("8em");
        noise.setMin(0);
        noise.setMax(1);
        noise.setWidth("7em");
        seed.setMin(0);
        seed.setWidth("7em");
        error.setId("dataset-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        summary.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        grid.setId("dataset-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);

        PresetOptions d = PresetOptions.DEFAULT;
        size.setValue(d.size());
        noise.setValue(d.noise());
        seed.setValue((int) d.seed());
        preset.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load(e.getValue(), e.isFromClient());
            }
        });
        size.addValueChangeListener(e -> regenerate());
        noise.addValueChangeListener(e -> regenerate());
        seed.addValueChangeListener(e -> regenerate());

        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(new H3("Data"), preset, options, error, summary, grid);
        preset.setValue(Preset.XOR_SEED);
    }

    private void regenerate() {
        if (current != null && current.generated()) {
            load(current, true);
        }
    }

    /** Shows a preset's rows; bad options are explained and the rows already shown stay. */
    private void load(Preset chosen, boolean fromUser) {
        options.setVisible(chosen.generated());
        Dataset next;
        try {
            next = chosen.generated() ? chosen.dataset(options()) : chosen.dataset();
        } catch (DatasetException e) {
            error.setText(e.getMessage());
            return;
        }
        error.setText("");
        boolean presetChanged = chosen != current;
        current = chosen;
        show(next);
        DatasetChange change = new DatasetChange(next, chosen, presetChanged, fromUser);
        listeners.forEach(l -> l.accept(change));
    }

    private PresetOptions options() {
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

    private void show(Dataset next) {
        dataset = next;
        grid.removeAllColumns();
        for (int c = 0; c < next.columns().size(); c++) {
            int column = c;
            String name = next.columns().get(c);
            String role = name.equals(next.target()) ? " (target)" : next.inputs().contains(name) ? "" : " (ignored)";
            grid.addColumn(row -> row.get(column)).setHeader(name + role).setSortable(false).setAutoWidth(true);
        }
        grid.setItems(next.rows());
        grid.setAllRowsVisible(next.size() <= 12);
        grid.setHeight(next.size() <= 12 ? null : "16em");
        summary.setText(String.format("%,d rows · inputs: %s · target: %s", next.size(),
                String.join(", ", next.inputs()), next.target()));
    }

    public Dataset dataset() {
        return dataset;
    }

    public Preset preset() {
        return current;
    }

    public Registration addDatasetChangeListener(Consumer<DatasetChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void setRunning(boolean running) {
        preset.setReadOnly(running);
        size.setReadOnly(running);
        noise.setReadOnly(running);
        seed.setReadOnly(running);
    }

    /**
     * @param presetChanged true when another preset was picked (not just new options for the same one)
     * @param fromUser      true when the user made the change
     */
    public record DatasetChange(Dataset dataset, Preset preset, boolean presetChanged, boolean fromUser) {
    }
}

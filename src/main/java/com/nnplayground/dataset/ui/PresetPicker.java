package com.nnplayground.dataset.ui;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.PresetOptions;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.function.Consumer;

/**
 * The presets: the seed's XOR, the small truth tables, the generated 2-D sets, whose rows, noise and seed can be
 * set, and the classic datasets, each with a line on where it comes from. Reports each new dataset with whether
 * the preset itself changed; bad options are explained.
 */
public class PresetPicker extends Composite<VerticalLayout> {
    static final int MAX_GENERATED_ROWS = 5_000;

    final Select<Preset> preset = new Select<>();
    final IntegerField size = new IntegerField("Rows");
    final NumberField noise = new NumberField("Noise");
    final IntegerField seed = new IntegerField("Data seed");
    final HorizontalLayout options = new HorizontalLayout(size, noise, seed);
    final Div source = new Div();

    private final Consumer<Picked> onPicked;
    private final Consumer<String> onProblem;
    private Preset current;

    /** A preset's rows; {@code newPreset} is false when only its options changed. */
    record Picked(Preset preset, Dataset dataset, boolean newPreset, boolean fromUser) {
    }

    PresetPicker(Consumer<Picked> onPicked, Consumer<String> onProblem) {
        this.onPicked = onPicked;
        this.onProblem = onProblem;
        preset.setId("dataset-preset");
        preset.setLabel("Start from");
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(Preset::label);
        preset.setWidthFull();
        preset.setPlaceholder("Your own data");
        source.setId("dataset-source");
        source.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
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
        PresetOptions d = PresetOptions.DEFAULT;
        size.setValue(d.size());
        noise.setValue(d.noise());
        seed.setValue((int) d.seed());
        preset.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load(e.getValue(), e.isFromClient());
            }
        });
        size.addValueChangeListener(e -> regenerate(e.isFromClient()));
        noise.addValueChangeListener(e -> regenerate(e.isFromClient()));
        seed.addValueChangeListener(e -> regenerate(e.isFromClient()));
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(preset, source, options);
    }

    void select(Preset chosen) {
        preset.setValue(chosen);
    }

    /** The data no longer comes from a preset (an import, an opened file). */
    void clear() {
        current = null;
        preset.setValue(null);
        options.setVisible(false);
        source.setText("");
    }

    Preset current() {
        return current;
    }

    void setReadOnly(boolean readOnly) {
        preset.setReadOnly(readOnly);
        size.setReadOnly(readOnly);
        noise.setReadOnly(readOnly);
        seed.setReadOnly(readOnly);
    }

    private void regenerate(boolean fromUser) {
        if (current != null && current.generated()) {
            load(current, fromUser);
        }
    }

    /** Shows a preset's rows; bad options are explained and the rows already shown stay. */
    private void load(Preset chosen, boolean fromUser) {
        options.setVisible(chosen.generated());
        Dataset next;
        try {
            next = chosen.generated() ? chosen.dataset(options()) : chosen.dataset();
        } catch (DatasetException e) {
            onProblem.accept(e.getMessage());
            return;
        }
        boolean newPreset = chosen != current;
        current = chosen;
        source.setText("Source: " + chosen.source());
        onPicked.accept(new Picked(chosen, next, newPreset, fromUser));
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
}

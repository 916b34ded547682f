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
import com.nnplayground.numbers.NumberRule;
import com.nnplayground.numbers.ui.NumberInput;
import java.util.List;
import java.util.function.Consumer;

/**
 * The presets: the seed's XOR, the small truth tables, the generated 2-D sets, whose rows, noise and seed can be
 * set, and the classic datasets, each with a line on where it comes from. Reports each new dataset with whether
 * the preset itself changed; bad options are explained.
 */
public class PresetPicker extends Composite<VerticalLayout> {
    static final int MAX_GENERATED_ROWS = 5_000;

    final Select<Preset> preset = new Select<>();
    final NumberInput size = new NumberInput("Rows", NumberRule.whole("Rows", 4, MAX_GENERATED_ROWS,
            "Rows: enter a whole number from 4 to " + MAX_GENERATED_ROWS));
    final NumberInput noise = new NumberInput("Noise", NumberRule.between("Noise", 0, 1,
            "Noise: enter a number from 0 to 1"));
    final NumberInput seed = new NumberInput("Data seed", NumberRule.whole("Data seed", 0, Integer.MAX_VALUE,
            "Data seed: enter a whole number from 0"));
    final HorizontalLayout options = new HorizontalLayout(size, noise, seed);
    final Div source = new Div();

    private final Consumer<Picked> onPicked;
    private final Consumer<String> onProblem;
    private Preset current;
    private boolean loading;

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
        noise.setId("dataset-noise");
        seed.setId("dataset-seed");
        size.setWidth("8em");
        noise.setWidth("7em");
        seed.setWidth("7em");
        PresetOptions d = PresetOptions.DEFAULT;
        size.setNumber(d.size());
        noise.setNumber(d.noise());
        seed.setNumber(d.seed());
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

    /** Shows a preset with these options (a link's), generating its rows once. */
    void show(Preset chosen, PresetOptions o) {
        if (o != null) {
            setOptions(o);
        }
        if (chosen == preset.getValue()) {
            load(chosen, false);
        } else {
            preset.setValue(chosen);
        }
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
        if (!loading && current != null && current.generated()) {
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

    /** The options as typed; the first that does not fit is marked and said. */
    PresetOptions options() {
        for (NumberInput field : List.of(size, noise, seed)) {
            NumberRule.Checked checked = field.check();
            if (!checked.ok()) {
                throw new DatasetException(checked.problem());
            }
        }
        return new PresetOptions(size.wholeValue().orElseThrow(), noise.decimalValue().orElseThrow(),
                seed.wholeValue().orElseThrow());
    }

    /** Shows these options (a link's) without generating the rows again. */
    void setOptions(PresetOptions o) {
        loading = true;
        try {
            size.setNumber(o.size());
            noise.setNumber(o.noise());
            seed.setNumber(o.seed());
        } finally {
            loading = false;
        }
    }
}

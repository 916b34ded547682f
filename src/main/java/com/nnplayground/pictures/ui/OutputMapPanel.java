package com.nnplayground.pictures.ui;

import com.nnplayground.pictures.InputPlane;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * The output map with its controls: "Show test rows", and for data with more than two inputs the two inputs on
 * the axes (the others are held at their means, which the picture says).
 */
public class OutputMapPanel extends Composite<VerticalLayout> implements HasSize {
    final OutputMap map = new OutputMap();
    final Checkbox showTestRows = new Checkbox("Show test rows", true);
    final Select<Integer> xAxis = new Select<>();
    final Select<Integer> yAxis = new Select<>();

    private List<String> features = List.of();
    private boolean quiet;

    /** {@code axesChosen} hears the inputs the user put on the axes (x, y). */
    OutputMapPanel(BiConsumer<Integer, Integer> axesChosen) {
        showTestRows.setId("output-map-test-rows");
        showTestRows.addValueChangeListener(e -> map.setShowTestRows(e.getValue()));
        xAxis.setId("output-map-x");
        yAxis.setId("output-map-y");
        // one short row under the map, so the map keeps the height of its region
        xAxis.setAriaLabel("Input across");
        yAxis.setAriaLabel("Input up");
        xAxis.setPrefixComponent(new Span("across"));
        yAxis.setPrefixComponent(new Span("up"));
        for (Select<Integer> axis : List.of(xAxis, yAxis)) {
            axis.setItemLabelGenerator(f -> features.get(f));
            axis.addThemeVariants(SelectVariant.LUMO_SMALL);
            // as wide as the row under the map leaves: a name such as "nonflavanoid phenols" is long
            axis.setMinWidth("9.5em");
            axis.setMaxWidth("16em");
            axis.getStyle().set("flex", "1 1 9.5em");
            axis.addValueChangeListener(e -> {
                if (!quiet && e.getValue() != null) {
                    choose(axis, e.getOldValue(), axesChosen);
                }
            });
        }
        HorizontalLayout controls = new HorizontalLayout(xAxis, yAxis, showTestRows);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        controls.getStyle().set("flex-wrap", "wrap").set("row-gap", "0").set("column-gap", "var(--lumo-space-s)");
        controls.setSpacing(false);
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(map, controls);
        setWidthFull();
        showAxes(null, false);
    }

    /** Choosing for one axis the input the other one shows swaps them. */
    private void choose(Select<Integer> changed, Integer old, BiConsumer<Integer, Integer> axesChosen) {
        Select<Integer> other = changed == xAxis ? yAxis : xAxis;
        if (changed.getValue().equals(other.getValue())) {
            quiet = true;
            other.setValue(old);
            quiet = false;
        }
        axesChosen.accept(xAxis.getValue(), yAxis.getValue());
    }

    /** The axes of the plane shown; the choice is offered when there are more than two inputs to choose from. */
    void showAxes(InputPlane plane, boolean hasTestRows) {
        showTestRows.setEnabled(hasTestRows);
        boolean choice = plane != null && plane.features().size() > 2;
        xAxis.setVisible(choice);
        yAxis.setVisible(choice);
        if (!choice) {
            return;
        }
        quiet = true;
        features = plane.features();
        List<Integer> items = IntStream.range(0, features.size()).boxed().toList();
        xAxis.setItems(items);
        yAxis.setItems(items);
        xAxis.setValue(plane.x().feature());
        yAxis.setValue(plane.y().feature());
        quiet = false;
    }

    public OutputMap getMap() {
        return map;
    }
}

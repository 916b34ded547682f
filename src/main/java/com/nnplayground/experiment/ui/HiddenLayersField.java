package com.nnplayground.experiment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.nnplayground.numbers.NumberRule;
import com.nnplayground.numbers.ui.NumberInput;
import java.util.ArrayList;
import java.util.List;

/** The hidden layers: one number field per layer (its neurons), with buttons to add and remove a layer. */
public class HiddenLayersField extends CustomField<List<Integer>> {
    final HorizontalLayout layers = new HorizontalLayout();
    final Button addLayer = new Button("+ layer");
    final Button removeLayer = new Button("− layer");
    private final int maxLayers;
    private final int maxNeurons;

    public HiddenLayersField(String label, int maxLayers, int maxNeurons) {
        this.maxLayers = maxLayers;
        this.maxNeurons = maxNeurons;
        setLabel(label);
        setHelperText("Neurons per hidden layer, input side first (1 to " + maxNeurons + ", at most " + maxLayers
                + " layers)");
        layers.setSpacing(true);
        layers.setPadding(false);
        addLayer.setId("add-layer");
        removeLayer.setId("remove-layer");
        addLayer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        removeLayer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        addLayer.addClickListener(e -> {
            List<Integer> sizes = sizes();
            sizes.add(sizes.isEmpty() ? 4 : sizes.get(sizes.size() - 1));
            setModelAndPresentation(sizes);
        });
        removeLayer.addClickListener(e -> {
            List<Integer> sizes = sizes();
            if (!sizes.isEmpty()) {
                sizes.remove(sizes.size() - 1);
                setModelAndPresentation(sizes);
            }
        });
        HorizontalLayout row = new HorizontalLayout(layers, addLayer, removeLayer);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.setPadding(false);
        add(row);
        setPresentationValue(List.of(4));
    }

    private void setModelAndPresentation(List<Integer> sizes) {
        setPresentationValue(sizes);
        updateValue();
    }

    private List<Integer> sizes() {
        List<Integer> sizes = new ArrayList<>();
        neuronFields().forEach(field -> sizes.add(field.wholeValue().orElse(null)));
        return sizes;
    }

    @Override
    protected List<Integer> generateModelValue() {
        return sizes();
    }

    @Override
    protected void setPresentationValue(List<Integer> sizes) {
        layers.removeAll();
        for (int i = 0; i < sizes.size(); i++) {
            NumberInput neurons = new NumberInput(null, NumberRule.whole("Hidden layer " + (i + 1), 1, maxNeurons,
                    "Hidden layer " + (i + 1) + ": enter 1 to " + maxNeurons + " neurons"));
            neurons.setAriaLabel("Neurons in hidden layer " + (i + 1));
            neurons.setWidth("6em");
            neurons.setValue(sizes.get(i) == null ? "" : Integer.toString(sizes.get(i)));
            neurons.addValueChangeListener(e -> updateValue());
            layers.add(neurons);
        }
        addLayer.setEnabled(sizes.size() < maxLayers);
        removeLayer.setEnabled(!sizes.isEmpty());
    }

    /** The per-layer number fields, for tests and the form's own validation. */
    List<NumberInput> neuronFields() {
        return layers.getChildren().map(NumberInput.class::cast).toList();
    }

    /** Why the neurons of a layer do not fit, as its field says, or null when they do. */
    String problem(int layer) {
        NumberRule.Checked checked = neuronFields().get(layer).check();
        return checked.ok() ? null : checked.problem();
    }
}

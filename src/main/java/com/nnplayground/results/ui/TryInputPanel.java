package com.nnplayground.results.ui;

import com.nnplayground.numbers.Numbers;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.dataset.InputEncoder;
import com.nnplayground.dataset.PixelGrid;
import com.nnplayground.engine.Network;
import com.nnplayground.experiment.PreparedExperiment;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;

/**
 * "Try an input" (the seed's {@code predict}): a field per input column (a choice for text columns), encoded
 * exactly as the dataset was (scaling, one-hot), and the trained network's answer. Inputs that form a picture of
 * classes (the digits) get a pad to draw on first ({@link DrawDigit}); their fields, one per pixel, are made only
 * when opened, as 64 fields take a browser a while to lay out.
 */
public class TryInputPanel extends Composite<VerticalLayout> {
    final HorizontalLayout fields = new HorizontalLayout();
    final Button predict = new Button("Predict");
    final Div result = new Div();
    final DrawDigit drawing = new DrawDigit();
    final Details typed = new Details();

    private PreparedExperiment experiment;
    private Network network;
    private PixelGrid grid;

    public TryInputPanel() {
        fields.setId("try-inputs");
        predict.setId("try-predict");
        result.setId("try-result");
        predict.addClickListener(e -> predict());
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setPadding(false);
        fields.getStyle().set("flex-wrap", "wrap");
        typed.setId("try-typed");
        typed.addOpenedChangeListener(e -> {
            if (e.isOpened() && fields.getComponentCount() == 0 && experiment != null) {
                addFields();
                fill(drawing.pixels());
            }
        });
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(new H3("Try an input"), drawing, fields, typed, result);
        clear();
    }

    public void clear() {
        experiment = null;
        fields.removeAll();
        predict.setEnabled(false);
        drawing.setVisible(false);
        typed.setVisible(false);
        typed.setOpened(false);
        result.setText("Train first; then type inputs here and get the network's answer.");
    }

    public void show(PreparedExperiment prepared, Network trained) {
        this.experiment = prepared;
        this.network = trained;
        fields.removeAll();
        grid = prepared.data().kind().isClassification()
                ? PixelGrid.of(prepared.experiment().dataset()).orElse(null) : null;
        predict.setEnabled(true);
        result.setText("");
        if (grid == null) {
            fields.removeClassName("pixel-fields");
            if (fields.getParent().orElse(null) != getContent()) {
                getContent().addComponentAtIndex(getContent().indexOf(typed), fields);
            }
            drawing.setVisible(false);
            typed.setVisible(false);
            addFields();
            return;
        }
        drawing.show(prepared, grid, trained, this::drawn);
        drawing.setVisible(true);
        fields.addClassName("pixel-fields");
        fields.getStyle().set("--pixel-columns", Integer.toString(grid.width()));
        double max = grid.maxValue();
        typed.setSummaryText("Or type the " + grid.columns().length + " pixel values (0 to "
                + (max == Math.rint(max) ? Long.toString((long) max) : Double.toString(max)) + "), row by row");
        typed.removeAll();
        typed.add(fields, predict);
        typed.setOpened(false);
        typed.setVisible(true);
    }

    private void addFields() {
        InputEncoder encoder = experiment.data().inputs();
        for (int c = 0; c < encoder.columns().size(); c++) {
            String name = encoder.columns().get(c);
            if (encoder.isText(c)) {
                Select<String> choice = new Select<>();
                choice.setLabel(name);
                choice.setItems(encoder.categories(c));
                choice.setValue(encoder.categories(c).get(0));
                fields.add(choice);
            } else if (grid != null) {
                TextField pixel = new TextField();
                pixel.setAriaLabel(name);
                pixel.setTooltipText(name);
                fields.add(pixel);
            } else {
                TextField field = new TextField(name);
                field.setWidth("7em");
                fields.add(field);
            }
        }
        if (grid == null) {
            fields.add(predict);
        }
    }

    /** A drawing's grid, in the fields too when they are open, and the network's answer. */
    private void drawn(int[] pixels, double[] output) {
        fill(pixels);
        say("Drawn: ", output);
    }

    private void fill(int[] pixels) {
        if (pixels.length == 0 || fields.getComponentCount() == 0) {
            return;
        }
        List<String> cells = DrawDigit.cells(experiment, grid, pixels);
        List<TextField> pixelFields = fields.getChildren().filter(TextField.class::isInstance).map(TextField.class::cast)
                .toList();
        for (int i = 0; i < pixelFields.size(); i++) {
            pixelFields.get(i).setValue(cells.get(i));
        }
    }

    private void predict() {
        List<String> cells = fields.getChildren().filter(HasValue.class::isInstance)
                .map(c -> String.valueOf(((HasValue<?, ?>) c).getValue())).toList();
        double[] row;
        try {
            row = experiment.data().inputs().encode(cells, 0);
        } catch (DatasetException e) {
            result.setText(e.getMessage().replace("Row 1, column", "Input"));
            return;
        }
        say("", experiment.data().inTargetUnits(new double[][] {network.predict(row)})[0]);
    }

    private void say(String prefix, double[] output) {
        StringBuilder text = new StringBuilder(prefix).append("Output: ");
        for (int k = 0; k < output.length; k++) {
            text.append(k > 0 ? ", " : "").append(Numbers.format(output[k]));
        }
        String label = experiment.data().classOf(output);
        if (label != null) {
            text.append(" → class ").append(label);
        }
        result.setText(text.toString());
    }

    /** The pixel grid of the data shown, if it is a picture of classes. */
    Optional<PixelGrid> grid() {
        return Optional.ofNullable(grid);
    }
}

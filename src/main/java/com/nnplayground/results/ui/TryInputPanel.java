package com.nnplayground.results.ui;

import com.nnplayground.numbers.Numbers;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.dataset.InputEncoder;
import com.nnplayground.engine.Network;
import com.nnplayground.experiment.PreparedExperiment;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * "Try an input" (the seed's {@code predict}): a field per input column (a choice for text columns), encoded
 * exactly as the dataset was (scaling, one-hot), and the trained network's answer.
 */
public class TryInputPanel extends Composite<VerticalLayout> {
    final HorizontalLayout fields = new HorizontalLayout();
    final Button predict = new Button("Predict");
    final Div result = new Div();

    private PreparedExperiment experiment;
    private Network network;

    public TryInputPanel() {
        fields.setId("try-inputs");
        predict.setId("try-predict");
        result.setId("try-result");
        predict.addClickListener(e -> predict());
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setPadding(false);
        fields.getStyle().set("flex-wrap", "wrap");
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(new H3("Try an input"), fields, result);
    }

    public void clear() {
        fields.removeAll();
        predict.setEnabled(false);
        result.setText("Train first; then type inputs here and get the network's answer.");
    }

    public void show(PreparedExperiment prepared, Network trained) {
        this.experiment = prepared;
        this.network = trained;
        fields.removeAll();
        InputEncoder encoder = prepared.data().inputs();
        for (int c = 0; c < encoder.columns().size(); c++) {
            String name = encoder.columns().get(c);
            if (encoder.isText(c)) {
                Select<String> choice = new Select<>();
                choice.setLabel(name);
                choice.setItems(encoder.categories(c));
                choice.setValue(encoder.categories(c).get(0));
                fields.add(choice);
            } else {
                TextField field = new TextField(name);
                field.setWidth("7em");
                fields.add(field);
            }
        }
        fields.add(predict);
        predict.setEnabled(true);
        result.setText("");
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
        double[] output = experiment.data().inTargetUnits(new double[][] {network.predict(row)})[0];
        StringBuilder text = new StringBuilder("Output: ");
        for (int k = 0; k < output.length; k++) {
            text.append(k > 0 ? ", " : "").append(Numbers.format(output[k]));
        }
        String label = experiment.data().classOf(output);
        if (label != null) {
            text.append(" → class ").append(label);
        }
        result.setText(text.toString());
    }
}

package com.nnplayground.maths.ui;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.ForwardPass;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.TrainingConfig;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.ui.Labels;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.ui.RunListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed article's equations with this network's numbers: the forward pass for one data row (z = a·W (+ b),
 * a = f(z), layer by layer), its loss, the weights, and the update rule — refreshed while training runs.
 */
public class EquationsPanel extends Composite<VerticalLayout> implements RunListener {
    /** Larger layers are summarised; a projector shows a few dozen numbers, not thousands. */
    static final int MAX_SHOWN = 12;

    final IntegerField row = new IntegerField("Data row");
    final Div lines = new Div();

    private PreparedExperiment experiment;
    private Network network;
    /** The experiment of the run under way: its snapshots are shown while it goes on. */
    private PreparedExperiment running;

    public EquationsPanel() {
        row.setId("equations-row");
        row.setMin(1);
        row.setValue(1);
        row.setStepButtonsVisible(true);
        row.setWidth("9em");
        row.addValueChangeListener(e -> render());
        lines.setId("equations");
        lines.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-s)").set("white-space", "pre-wrap").set("line-height", "1.6");
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(new H3("The maths, with this network's numbers"), row, lines);
        cleared();
    }

    /** Before a run: nothing to show yet. */
    @Override
    public void cleared() {
        experiment = null;
        network = null;
        lines.setText("Press Train: the forward pass, the loss and the weights appear here, with their numbers.");
    }

    /** The equations with the starting weights. */
    @Override
    public void started(PreparedExperiment prepared) {
        running = prepared;
        show(prepared, prepared.start());
    }

    /** The equations with the weights of now, when the run is small enough to send them. */
    @Override
    public void progress(ProgressBatch batch) {
        if (batch.snapshot() != null && running != null) {
            show(running, batch.snapshot());
        }
    }

    /** The equations with the weights the run ended with. */
    @Override
    public void finished(PreparedExperiment prepared, TrainingOutcome outcome) {
        show(prepared, outcome.network());
    }

    /** Shows the equations for this experiment and network (the start, a snapshot while training, or the end). */
    public void show(PreparedExperiment prepared, Network current) {
        this.experiment = prepared;
        this.network = current;
        row.setMax(prepared.data().x().length);
        render();
    }

    private void render() {
        if (experiment == null || network == null) {
            return;
        }
        int r = row.getValue() == null ? 0 : Math.max(0, Math.min(experiment.data().x().length, row.getValue()) - 1);
        lines.setText(String.join("\n", text(r)));
    }

    List<String> text(int r) {
        Architecture arch = network.architecture();
        ForwardPass pass = network.forward(new double[][] {experiment.data().x()[r]});
        double[][][] w = network.weights();
        double[][] b = network.biases();
        List<String> out = new ArrayList<>();
        out.add("Forward pass for row " + (r + 1) + ":");
        out.add("  a⁽⁰⁾ = x = " + vector(pass.a(0)[0]));
        for (int k = 1; k <= pass.layerCount(); k++) {
            Activation f = k == pass.layerCount() ? arch.outputActivation() : arch.hiddenActivation();
            out.add("  z⁽" + k + "⁾ = a⁽" + (k - 1) + "⁾ · W⁽" + k + "⁾" + (b != null ? " + b⁽" + k + "⁾" : "")
                    + " = " + vector(pass.z(k)[0]));
            out.add("  a⁽" + k + "⁾ = " + Labels.of(f) + "(z⁽" + k + "⁾) = " + vector(pass.a(k)[0])
                    + (k == pass.layerCount() ? "   ← ŷ, the prediction" : ""));
        }
        out.add("  target y = " + vector(experiment.data().y()[r]));
        out.add("");
        out.add("Loss over the training rows: " + lossFormula(experiment.config()));
        out.add("Backpropagation (chain rule, as in the seed): δ⁽ᴸ⁾ = ∂L/∂ŷ ⊙ f′(z⁽ᴸ⁾),"
                + " δ⁽ˡ⁾ = (δ⁽ˡ⁺¹⁾ · W⁽ˡ⁺¹⁾ᵀ) ⊙ f′(z⁽ˡ⁾), ∂L/∂W⁽ˡ⁾ = a⁽ˡ⁻¹⁾ᵀ · δ⁽ˡ⁾");
        out.add("Update: " + updateRule(experiment.config()));
        out.add("");
        for (int l = 0; l < w.length; l++) {
            out.add("W⁽" + (l + 1) + "⁾ (" + w[l].length + " × " + w[l][0].length + "):");
            for (int i = 0; i < Math.min(w[l].length, MAX_SHOWN); i++) {
                out.add("  " + vector(w[l][i]));
            }
            if (w[l].length > MAX_SHOWN) {
                out.add("  … " + (w[l].length - MAX_SHOWN) + " more rows");
            }
            if (b != null) {
                out.add("b⁽" + (l + 1) + "⁾ = " + vector(b[l]));
            }
        }
        return out;
    }

    static String lossFormula(TrainingConfig c) {
        return switch (c.loss()) {
            case SSE -> "L = Σ (y − ŷ)²   (sum of squared errors, the seed's)";
            case MSE -> "L = (1/n) Σ (y − ŷ)²   (mean squared error)";
            case BCE -> "L = −(1/n) Σ [y·ln ŷ + (1 − y)·ln(1 − ŷ)]   (binary cross-entropy)";
            case CROSS_ENTROPY -> "L = −(1/n) Σ y·ln ŷ   (cross-entropy over the softmax outputs)";
        };
    }

    static String updateRule(TrainingConfig c) {
        String rate = "η = " + c.learningRate();
        String decay = c.l2() > 0 ? " (+ " + c.l2() + "·w in ∂L/∂w: L2)" : "";
        return switch (c.optimizer()) {
            case SGD -> "w ← w − η·∂L/∂w" + decay + ", " + rate
                    + (c.learningRate() == 1.0 ? "  (the seed's w += ∂L/∂w, its derivative written with (y − ŷ))" : "");
            case MOMENTUM -> "v ← 0.9·v − η·∂L/∂w, w ← w + v" + decay + ", " + rate;
            case ADAM -> "m ← 0.9·m + 0.1·g, s ← 0.999·s + 0.001·g², w ← w − η·m̂/(√ŝ + 10⁻⁸), g = ∂L/∂w"
                    + decay + ", " + rate;
        };
    }

    private static String vector(double[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < Math.min(values.length, MAX_SHOWN); i++) {
            text.append(i > 0 ? ", " : "").append(String.format("%.4f", values[i]));
        }
        if (values.length > MAX_SHOWN) {
            text.append(", … ").append(values.length - MAX_SHOWN).append(" more");
        }
        return text.append("]").toString();
    }
}

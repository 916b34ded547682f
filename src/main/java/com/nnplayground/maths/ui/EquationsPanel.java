package com.nnplayground.maths.ui;

import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.TargetKind;
import com.nnplayground.dataset.TargetScale;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Network;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.maths.GradientCheck;
import com.nnplayground.maths.IterationMaths;
import com.nnplayground.maths.MathsTex;
import com.nnplayground.maths.Stage;
import com.nnplayground.maths.TexLine;
import com.nnplayground.maths.WeightChoice;
import com.nnplayground.numbers.NumberRule;
import com.nnplayground.numbers.Numbers;
import com.nnplayground.numbers.ui.NumberInput;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.ui.RunListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * One iteration's maths, typeset, with the run's numbers for a chosen data row and a chosen weight, walked stage by
 * stage (forward, loss, backward, update), and the gradient check. It shows whatever weights it is given: the start,
 * a snapshot while training, the end, or any iteration through {@link #show(PreparedExperiment, Network, int)}.
 */
public class EquationsPanel extends Composite<VerticalLayout> implements RunListener {
    /**
     * While a run goes on, the maths is recomputed at each push only when one pass over the training rows costs
     * fewer multiply-adds than this (a few milliseconds); larger runs show it when they stop.
     */
    static final long LIVE_BUDGET = 2_000_000;
    /** The gradient check runs a few dozen passes; beyond this many multiply-adds it would hold the page up. */
    static final long CHECK_BUDGET = 200_000_000;
    static final int CHECKS_PER_LAYER = 3;

    final NumberInput row = new NumberInput("Data row", rowRule(4));
    final Select<Integer> layer = new Select<>();
    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    /**
     * The four stages as a group of toggle buttons (aria-pressed): Vaadin's tabs put a focusable scroller inside
     * their tablist, which axe reports as a critical fault of the tablist's children.
     */
    final HorizontalLayout stages = new HorizontalLayout();
    final Map<Stage, Button> tabs = new EnumMap<>(Stage.class);
    final Button next = new Button();
    final Paragraph iteration = new Paragraph();
    final MathsView maths = new MathsView();
    final GradientCheckView check = new GradientCheckView();

    private PreparedExperiment experiment;
    private Network network;
    /** Iterations the shown weights are after, or -1 when not known. */
    private int done = -1;
    private Stage stage = Stage.FORWARD;
    /** The experiment of the run under way: its snapshots are shown while it goes on. */
    private PreparedExperiment running;
    private boolean updating;

    public EquationsPanel() {
        row.setId("equations-row");
        row.setNumber(1);
        row.setWidth("9em");
        row.addValueChangeListener(e -> render(false));
        layer.setId("maths-weight-layer");
        layer.setLabel("Weight of layer");
        for (Select<Integer> select : List.of(layer, from, to)) {
            select.setWidth("10em");
        }
        from.setId("maths-weight-from");
        from.setLabel("from");
        to.setId("maths-weight-to");
        to.setLabel("to");
        layer.addValueChangeListener(e -> {
            if (!updating) {
                fillNeurons(new WeightChoice(e.getValue() == null ? 1 : e.getValue(), 0, 0));
                render(false);
            }
        });
        from.addValueChangeListener(e -> renderIfChosen());
        to.addValueChangeListener(e -> renderIfChosen());
        for (Stage s : Stage.values()) {
            Button tab = new Button((s.ordinal() + 1) + ". " + s.title(), e -> chooseStage(s));
            tab.setId("maths-" + s.name().toLowerCase());
            tabs.put(s, tab);
            stages.add(tab);
        }
        stages.addClassName("maths-stages");
        stages.setSpacing(false);
        stages.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        stages.getElement().setAttribute("role", "group");
        stages.getElement().setAttribute("aria-label", "Stage of the iteration");
        markStage();
        next.setId("maths-next");
        next.addClickListener(e -> chooseStage(stage.next()));
        maths.setId("equations");
        maths.setWidthFull();
        maths.getElement().setAttribute("aria-live", "polite");
        iteration.setId("maths-iteration");
        iteration.getStyle().set("margin", "0");
        HorizontalLayout choices = new HorizontalLayout(row, layer, from, to);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        choices.getStyle().set("flex-wrap", "wrap");
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.addClassName("maths");
        content.setWidthFull();
        check.setWidthFull();
        content.add(new H3("The maths of one iteration, with this run's numbers"), choices, iteration, stages, maths,
                next, check);
        cleared();
    }

    /** Calls {@code listener} with the chosen data row (0-based) each time the choice changes. */
    public Registration addRowListener(IntConsumer listener) {
        return row.addValueChangeListener(e -> {
            NumberRule.Checked chosen = row.rule().check(e.getValue());
            if (chosen.ok()) {
                listener.accept(chosen.value().intValueExact() - 1);
            }
        });
    }

    /** Chooses the data row (0-based) whose iteration is shown, as if typed into the field. */
    public void chooseRow(int row) {
        this.row.setNumber(row + 1);
    }

    /** Before a run: nothing to show yet. */
    @Override
    public void cleared() {
        experiment = null;
        network = null;
        iteration.setText("");
        maths.setLines(List.of(new TexLine("Press Train: one iteration's forward pass, loss, backward pass and update"
                + " appear here, with their numbers.", "")));
        check.show(List.of(), "The gradient check appears with the network's numbers.");
        next.setVisible(false);
    }

    /** The maths with the starting weights. */
    @Override
    public void started(PreparedExperiment prepared) {
        running = prepared;
        show(prepared, prepared.start(), 0);
    }

    /** The maths with the weights of now, when the run is small enough to send them and to compute it live. */
    @Override
    public void progress(ProgressBatch batch) {
        if (batch.snapshot() != null && running != null && running.multiplyAddsPerPass() <= LIVE_BUDGET) {
            this.experiment = running;
            this.network = batch.snapshot();
            this.done = batch.iterationsDone();
            render(true);
        }
    }

    /** The maths with the weights the run ended with; the chosen row, weight and stage stay. */
    @Override
    public void finished(PreparedExperiment prepared, TrainingOutcome outcome) {
        running = null;
        show(prepared, outcome.network(), outcome.iterationsDone());
    }

    /** The maths for this experiment and network, the iteration unknown. */
    public void show(PreparedExperiment prepared, Network current) {
        show(prepared, current, -1);
    }

    /** The maths of the iteration that starts from {@code current}, the weights after {@code iterationsDone}. */
    public void show(PreparedExperiment prepared, Network current, int iterationsDone) {
        boolean newShape = network == null || !network.architecture().equals(current.architecture());
        boolean newData = prepared != experiment;
        this.experiment = prepared;
        this.network = current;
        this.done = iterationsDone;
        row.setRule(rowRule(prepared.data().x().length));
        if (newShape) {
            fillLayers(current.architecture());
        } else if (newData) {
            fillNeurons(chosenWeight());
        }
        render(false);
    }

    private void renderIfChosen() {
        if (!updating && from.getValue() != null && to.getValue() != null) {
            render(false);
        }
    }

    /** {@code live}: a push while training, when the gradient check (many passes) waits for the run to stop. */
    private void render(boolean live) {
        if (experiment == null || network == null || row.wholeValue().isEmpty()) {
            return;
        }
        EncodedDataset data = experiment.data();
        int r = row.wholeValue().get() - 1;
        WeightChoice weight = chosenWeight();
        IterationMaths numbers = IterationMaths.of(network, data.x(), data.y(), data.test(), experiment.config(), r,
                weight);
        MathsTex tex = new MathsTex(numbers, network, experiment.config(), data.inputs().features(), outputNames(data));
        int total = experiment.config().iterations();
        iteration.setText(done < 0 ? "The iteration that starts from these weights." : done < total
                ? String.format("Iteration %,d of %,d: the weights after %,d, and what this iteration does with them.",
                done + 1, total, done)
                : String.format("After the last of %,d iterations: what one more would do.", total));
        maths.setLines(stage == Stage.FORWARD ? withTargetUnits(tex.stage(stage), numbers.a()[numbers.layerCount()],
                numbers.y()) : tex.stage(stage));
        next.setText(stage == Stage.UPDATE ? "Back to the forward pass" : "Next: " + stage.next().title());
        next.setVisible(true);
        if (!live) {
            gradientCheck(data);
        }
    }

    /** For a scaled target, the prediction and the target in the target's own units: the network sees the scaled ones. */
    private List<TexLine> withTargetUnits(List<TexLine> lines, double[] predicted, double[] target) {
        TargetScale scale = experiment.data().targetScale();
        if (!scale.scaled()) {
            return lines;
        }
        List<TexLine> out = new ArrayList<>(lines);
        out.add(new TexLine("The target is scaled for the network; in the target's units the prediction is "
                + Numbers.format(scale.toTarget(predicted[0])) + " and the target " + Numbers.format(scale.toTarget(target[0]))
                + ".", ""));
        return out;
    }

    private static NumberRule rowRule(int rows) {
        return NumberRule.whole("Data row", 1, rows, "Data row: enter a row from 1 to " + rows);
    }

    private void gradientCheck(EncodedDataset data) {
        long passes = 2L * CHECKS_PER_LAYER * network.architecture().layerCount() + 1;
        String when = done < 0 ? "" : String.format("After %,d iterations.", done);
        if (experiment.multiplyAddsPerPass() * passes > CHECK_BUDGET) {
            check.show(List.of(), when + " This network and data are too large to check here without holding up the"
                    + " page; the engine's tests check every activation and loss.");
            return;
        }
        check.show(GradientCheck.of(network, data.trainX(), data.trainY(), experiment.config().loss(), CHECKS_PER_LAYER),
                when);
    }

    private WeightChoice chosenWeight() {
        WeightChoice choice = new WeightChoice(valueOr(layer, 1), valueOr(from, 0), valueOr(to, 0));
        return choice.fits(network.architecture()) ? choice : WeightChoice.firstOfLastLayer(network.architecture());
    }

    private void fillLayers(Architecture architecture) {
        updating = true;
        layer.setItems(IntStream.rangeClosed(1, architecture.layerCount()).boxed().toList());
        layer.setItemLabelGenerator(k -> "W(" + k + ")");
        WeightChoice start = WeightChoice.firstOfLastLayer(architecture);
        layer.setValue(start.layer());
        updating = false;
        fillNeurons(start);
    }

    private void fillNeurons(WeightChoice choice) {
        updating = true;
        int[] sizes = network.architecture().layerSizes();
        List<String> inputs = experiment.data().inputs().features();
        from.setItems(IntStream.range(0, sizes[choice.layer() - 1]).boxed().toList());
        from.setItemLabelGenerator(i -> choice.layer() == 1 && i < inputs.size() ? (i + 1) + ": " + inputs.get(i)
                : "neuron " + (i + 1));
        from.setValue(choice.from());
        to.setItems(IntStream.range(0, sizes[choice.layer()]).boxed().toList());
        to.setItemLabelGenerator(j -> "neuron " + (j + 1));
        to.setValue(choice.to());
        updating = false;
    }

    private static int valueOr(Select<Integer> select, int fallback) {
        return select.getValue() == null ? fallback : select.getValue();
    }

    /** The outputs' names: the classes of a multi-class target, else the target column. */
    private List<String> outputNames(EncodedDataset data) {
        return data.kind() == TargetKind.MULTICLASS ? data.classes() : List.of(experiment.experiment().dataset().target());
    }

    private void chooseStage(Stage chosen) {
        if (chosen != stage) {
            stage = chosen;
            markStage();
            render(false);
        }
    }

    /** The stage shown is the pressed button, drawn as the primary one. */
    private void markStage() {
        tabs.forEach((s, tab) -> {
            tab.getElement().setAttribute("aria-pressed", Boolean.toString(s == stage));
            tab.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_TERTIARY);
            tab.addThemeVariants(s == stage ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        });
    }

    /** The stage shown. */
    Stage stage() {
        return stage;
    }

    /** The gradient check shown. */
    List<GradientCheck.Entry> checkEntries() {
        return check.entries();
    }
}

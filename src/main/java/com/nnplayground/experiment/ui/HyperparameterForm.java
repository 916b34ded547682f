package com.nnplayground.experiment.ui;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Compatibility;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.experiment.RateChange;
import com.nnplayground.training.PlaygroundLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.nnplayground.numbers.NumberRule;
import com.nnplayground.numbers.Numbers;
import com.nnplayground.numbers.ui.NumberInput;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Every setting of a run, validated as the user types: a Binder over {@link Hyperparameters} with the
 * server's limits, plus a check that the output activation and the loss fit together and the data. While a run goes
 * on, only the learning rate and L2 can change (they take effect from its next iteration); the rate changes of the
 * last run are listed, and a new run replays them until they are cleared.
 */
public class HyperparameterForm extends FormLayout {
    static final double MAX_LEARNING_RATE = 1000;
    static final double MAX_L2 = 10;

    final HiddenLayersField hiddenLayers;
    final Select<Activation> activation = select("Hidden activation", Labels::of,
            Arrays.stream(Activation.values()).filter(a -> a != Activation.SOFTMAX).toList());
    final Select<Activation> output = select("Output activation", Labels::of, List.of(Activation.values()));
    final Select<Loss> loss = select("Loss", Labels::of, List.of(Loss.values()));
    final Checkbox bias = new Checkbox("Biases (the seed has none)");
    final Select<Init> init = select("Initial weights", Labels::of, List.of(Init.values()));
    final Select<OptimizerKind> optimizer = select("Optimizer", Labels::of, List.of(OptimizerKind.values()));
    final NumberInput learningRate = new NumberInput("Learning rate", NumberRule.above("Learning rate", 0,
            MAX_LEARNING_RATE, "Enter a learning rate, e.g. 1 or 0.01"));
    final NumberInput iterations;
    final NumberInput batchSize = new NumberInput("Batch size", NumberRule.whole("Batch size", 0, Integer.MAX_VALUE,
            "Enter 0 for full batch, or a batch size"));
    final NumberInput l2 = new NumberInput("L2 regularisation", NumberRule.between("L2", 0, MAX_L2,
            "Enter 0 for no regularisation"));
    final NumberInput seed = new NumberInput("Random seed", NumberRule.whole("The seed", 0, Integer.MAX_VALUE,
            "Enter a seed (any whole number from 0)"));
    final Button newSeed = new Button("New seed");
    /** Which initial weights the next run starts from: drawn from the seed, or an opened file's own. */
    final Span weightsNote = new Span();
    final Button drawWeights = new Button("Draw them from the seed instead");
    final Div combinationProblem = new Div();
    final Div rateChangesNote = new Div();
    final Button clearRateChanges = new Button("Clear");

    private final Binder<Hyperparameters> binder = new Binder<>(Hyperparameters.class);
    private final PlaygroundLimits limits;
    private int outputCount = 1;
    private int rowCount = 4;
    private boolean running;
    private List<RateChange> rateChanges = List.of();
    private final List<BiConsumer<Double, Double>> rateListeners = new ArrayList<>();
    private Component focused;

    public HyperparameterForm(PlaygroundLimits limits) {
        this.limits = limits;
        iterations = new NumberInput("Iterations", NumberRule.whole("Iterations", 1, limits.maxIterations(),
                "Enter how many iterations to train"));
        hiddenLayers = new HiddenLayersField("Hidden layers", limits.maxHiddenLayers(), limits.maxNeuronsPerLayer());
        hiddenLayers.setId("hidden-layers");
        activation.setId("hidden-activation");
        output.setId("output-activation");
        loss.setId("loss");
        bias.setId("bias");
        init.setId("init");
        optimizer.setId("optimizer");
        learningRate.setId("learning-rate");
        iterations.setId("iterations");
        batchSize.setId("batch-size");
        l2.setId("l2");
        seed.setId("random-seed");
        newSeed.setId("new-seed");
        weightsNote.setId("weights-note");
        drawWeights.setId("draw-weights");
        combinationProblem.setId("combination-problem");
        rateChangesNote.setId("rate-changes");
        rateChangesNote.getStyle().set("font-size", "var(--lumo-font-size-s)");
        clearRateChanges.setId("clear-rate-changes");
        clearRateChanges.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clearRateChanges.addClickListener(e -> setRateChanges(List.of()));
        learningRate.addValueChangeListener(e -> ratesTyped(e.isFromClient()));
        l2.addValueChangeListener(e -> ratesTyped(e.isFromClient()));
        combinationProblem.getStyle().set("color", "var(--lumo-error-text-color)");
        combinationProblem.getElement().setAttribute("role", "alert");
        describeFields();
        bind();
        newSeed.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        newSeed.addClickListener(e -> seed.setNumber(ThreadLocalRandom.current().nextInt(1, 1_000_000)));
        drawWeights.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        drawWeights.setVisible(false);
        weightsNote.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout seedRow = new HorizontalLayout(seed, newSeed);
        seedRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        seedRow.setPadding(false);
        Div weights = new Div(weightsNote, drawWeights);

        add(hiddenLayers, 2);
        add(activation, output, loss, init, optimizer, bias);
        add(learningRate, iterations, batchSize, l2);
        HorizontalLayout rateChangesRow = new HorizontalLayout(rateChangesNote, clearRateChanges);
        rateChangesRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        rateChangesRow.setPadding(false);
        add(rateChangesRow, 2);
        add(seedRow, 2);
        add(weights, 2);
        add(combinationProblem, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("22em", 2));
        binder.addValueChangeListener(e -> checkCombination());
        setValue(new Hyperparameters());
    }

    private void describeFields() {
        loss.setHelperText("The seed: sum of squared errors");
        learningRate.setHelperText("Step size of each update (the seed: 1); can change while training");
        iterations.setHelperText("Passes over the whole dataset (the seed: 1,500)");
        batchSize.setHelperText("Rows per update; 0 = all rows at once (the seed)");
        l2.setHelperText("Weight decay; 0 = none (the seed); can change while training");
        seed.setHelperText("Same seed, same settings: the same run, bit for bit");
    }

    private void bind() {
        binder.forField(hiddenLayers).withValidator(this::hiddenProblem)
                .bind(Hyperparameters::getHidden, Hyperparameters::setHidden);
        // the selects always hold a choice; asRequired would set aria-required, which their button role does not allow
        binder.forField(activation).withValidator(Objects::nonNull, "Choose a hidden activation")
                .bind(Hyperparameters::getActivation, Hyperparameters::setActivation);
        binder.forField(output).withValidator(Objects::nonNull, "Choose an output activation")
                .bind(Hyperparameters::getOutput, Hyperparameters::setOutput);
        binder.forField(loss).withValidator(Objects::nonNull, "Choose a loss").bind(Hyperparameters::getLoss, Hyperparameters::setLoss);
        binder.forField(bias).bind(Hyperparameters::isBias, Hyperparameters::setBias);
        binder.forField(init).withValidator(Objects::nonNull, "Choose how to draw the initial weights")
                .bind(Hyperparameters::getInit, Hyperparameters::setInit);
        binder.forField(optimizer).withValidator(Objects::nonNull, "Choose an optimizer")
                .bind(Hyperparameters::getOptimizer, Hyperparameters::setOptimizer);
        // a typed number stays as typed (0,5 is not rewritten to 0.5): what the field shows is what the user wrote
        binder.forField(learningRate).withConverter(learningRate.asDecimal())
                .bind(Hyperparameters::getLearningRate, Hyperparameters::setLearningRate)
                .setConvertBackToPresentation(false);
        binder.forField(iterations).withConverter(iterations.asWhole())
                .bind(Hyperparameters::getIterations, Hyperparameters::setIterations)
                .setConvertBackToPresentation(false);
        binder.forField(batchSize).withConverter(batchSize.asWhole())
                .withValidator((v, ctx) -> v > rowCount ? ValidationResult.error("Batch size is larger than the "
                        + rowCount + " training rows of the dataset; use 0 for full batch") : ValidationResult.ok())
                .bind(Hyperparameters::getBatchSize, Hyperparameters::setBatchSize)
                .setConvertBackToPresentation(false);
        binder.forField(l2).withConverter(l2.asDecimal()).bind(Hyperparameters::getL2, Hyperparameters::setL2)
                .setConvertBackToPresentation(false);
        binder.forField(seed).withConverter(seed.asWhole()).bind(Hyperparameters::getSeed, Hyperparameters::setSeed)
                .setConvertBackToPresentation(false);
    }

    /** While a run goes on, rates the user typed (both valid) go to it. */
    private void ratesTyped(boolean fromUser) {
        if (!fromUser || !running) {
            return;
        }
        NumberRule.Checked rate = learningRate.rule().check(learningRate.getValue());
        NumberRule.Checked penalty = l2.rule().check(l2.getValue());
        if (rate.ok() && penalty.ok()) {
            rateListeners.forEach(l -> l.accept(rate.value().doubleValue(), penalty.value().doubleValue()));
        }
    }

    /** Told of every valid number of iterations shown, typed or set. */
    public Registration addIterationsListener(IntConsumer listener) {
        return iterations.addValueChangeListener(e -> {
            NumberRule.Checked checked = iterations.rule().check(e.getValue());
            if (checked.ok() && checked.value().signum() > 0) {
                listener.accept(checked.value().intValueExact());
            }
        });
    }

    /** Told of the rates the user sets while a run goes on (learning rate, L2). */
    public Registration addRatesListener(BiConsumer<Double, Double> listener) {
        rateListeners.add(listener);
        return () -> rateListeners.remove(listener);
    }

    /** Shows the rates the run trains with now (a recorded change reached), or those a new run starts with. */
    public void showRates(double rate, double penalty) {
        learningRate.setNumber(rate);
        l2.setNumber(penalty);
    }

    /** The rate changes a new run replays (those of the last run, or of an opened file); empty: none. */
    public void setRateChanges(List<RateChange> changes) {
        rateChanges = List.copyOf(changes);
        clearRateChanges.setVisible(!rateChanges.isEmpty());
        rateChangesNote.setText(rateChanges.isEmpty() ? "" : "Rates changed during the run, replayed by Train: "
                + String.join("; ", rateChanges.stream().map(c -> String.format("from iteration %,d, rate %s, L2 %s",
                c.iteration(), Numbers.setting(c.learningRate()), Numbers.setting(c.l2()))).toList()) + ".");
    }

    public List<RateChange> rateChanges() {
        return rateChanges;
    }

    private ValidationResult hiddenProblem(List<Integer> sizes, com.vaadin.flow.data.binder.ValueContext ctx) {
        if (sizes.size() > limits.maxHiddenLayers()) {
            return ValidationResult.error("At most " + limits.maxHiddenLayers() + " hidden layers");
        }
        for (int i = 0; i < sizes.size(); i++) {
            Integer n = sizes.get(i);
            String typed = i < hiddenLayers.neuronFields().size() ? hiddenLayers.problem(i) : null;
            if (typed != null) {
                return ValidationResult.error(typed);
            }
            if (n == null || n < 1 || n > limits.maxNeuronsPerLayer()) {
                return ValidationResult.error("Hidden layer " + (i + 1) + ": enter 1 to " + limits.maxNeuronsPerLayer()
                        + " neurons");
            }
        }
        return ValidationResult.ok();
    }

    /** Shows why an output activation and a loss don't fit together (or with the data), or nothing. */
    private void checkCombination() {
        combinationProblem.setText(combinationMessage().orElse(""));
    }

    private Optional<String> combinationMessage() {
        Activation out = output.getValue();
        Loss l = loss.getValue();
        Activation hiddenActivation = activation.getValue();
        if (out == null || l == null || hiddenActivation == null) {
            return Optional.empty();
        }
        try {
            return Compatibility.problem(new Architecture(1, new int[0], outputCount, hiddenActivation, out, false), l);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The data decides the outputs and the largest batch; the form re-checks what depends on them. */
    public void setDataShape(int outputs, int rows) {
        this.outputCount = outputs;
        this.rowCount = rows;
        checkCombination();
        if (!batchSize.isEmpty()) {
            binder.validate();
        }
    }

    public void setValue(Hyperparameters value) {
        binder.readBean(value);
        setRateChanges(value.getRateChanges());
        checkCombination();
    }

    /** The seed as typed, or 0 while the field is empty or invalid (it only picks the test rows then). */
    public long seedValue() {
        NumberRule.Checked typed = seed.rule().check(seed.getValue());
        return typed.ok() ? typed.value().longValueExact() : 0;
    }

    /** The settings as they stand, valid or not (for proposals that say what they change). */
    public Hyperparameters currentValue() {
        Hyperparameters value = new Hyperparameters();
        binder.writeBeanAsDraft(value, true);
        value.setRateChanges(rateChanges);
        return value.withBlanksAsSeed();
    }

    /** The settings if every field is valid and they fit together; else marks the fields and returns empty. */
    public Optional<Hyperparameters> validatedValue() {
        Hyperparameters value = new Hyperparameters();
        boolean valid = binder.writeBeanIfValid(value);
        value.setRateChanges(rateChanges);
        checkCombination();
        return valid && combinationMessage().isEmpty() ? Optional.of(value) : Optional.empty();
    }

    /**
     * Takes the user to the first field that needs fixing, in the order of the form, and says what is wrong with
     * it; empty when nothing is marked.
     */
    public Optional<String> focusFirstProblem() {
        List<Component> fields = new ArrayList<>(hiddenLayers.neuronFields());
        fields.addAll(List.of(hiddenLayers, activation, output, loss, init, optimizer, learningRate, iterations,
                batchSize, l2, seed));
        for (Component field : fields) {
            if (field instanceof HasValidation v && v.isInvalid()) {
                focus(field);
                return Optional.of(v.getErrorMessage() == null ? "" : v.getErrorMessage());
            }
        }
        return combinationMessage().map(problem -> {
            focus(output);
            return problem;
        });
    }

    private void focus(Component field) {
        focused = field;
        if (field instanceof Focusable<?> f) {
            f.focus();
        }
    }

    /** The field {@link #focusFirstProblem} last took the user to, for tests (a browser shows the focus). */
    Component focused() {
        return focused;
    }

    /** Whether every field as typed is valid, checked without marking anything. */
    public boolean isValid() {
        return binder.isValid();
    }

    /** Tells {@code listener} of every change of a setting; {@code fromUser} when the user made it. */
    public Registration addSettingsChangeListener(Consumer<Boolean> listener) {
        return binder.addValueChangeListener(e -> listener.accept(e.isFromClient()));
    }

    /** Says which initial weights the next run starts from; {@code pinned}: an opened file's, which can be dropped. */
    public void showWeights(String text, boolean pinned) {
        weightsNote.setText(text);
        drawWeights.setVisible(pinned);
    }

    public Registration addDrawWeightsListener(Runnable listener) {
        return drawWeights.addClickListener(e -> listener.run());
    }

    /** While a run goes on, only the learning rate and L2 stay editable. */
    public void setRunning(boolean running) {
        this.running = running;
        binder.setReadOnly(running);
        hiddenLayers.setReadOnly(running);
        learningRate.setReadOnly(false);
        l2.setReadOnly(false);
        newSeed.setEnabled(!running);
        clearRateChanges.setEnabled(!running);
    }

    private static <T> Select<T> select(String label, Function<T, String> text, List<T> items) {
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(text::apply);
        return select;
    }
}

package com.nnplayground.experiment.ui;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Compatibility;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.training.PlaygroundLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Every setting of a run, validated as the user types: a Binder over {@link Hyperparameters} with the
 * server's limits, plus a check that the output activation and the loss fit together and the data.
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
    final NumberField learningRate = new NumberField("Learning rate");
    final IntegerField iterations = new IntegerField("Iterations");
    final IntegerField batchSize = new IntegerField("Batch size");
    final NumberField l2 = new NumberField("L2 regularisation");
    final IntegerField seed = new IntegerField("Random seed");
    final Button newSeed = new Button("New seed");
    final Div combinationProblem = new Div();

    private final Binder<Hyperparameters> binder = new Binder<>(Hyperparameters.class);
    private final PlaygroundLimits limits;
    private int outputCount = 1;
    private int rowCount = 4;

    public HyperparameterForm(PlaygroundLimits limits) {
        this.limits = limits;
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
        combinationProblem.setId("combination-problem");
        combinationProblem.getStyle().set("color", "var(--lumo-error-text-color)");
        describeFields();
        bind();
        newSeed.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        newSeed.addClickListener(e -> seed.setValue(ThreadLocalRandom.current().nextInt(1, 1_000_000)));
        HorizontalLayout seedRow = new HorizontalLayout(seed, newSeed);
        seedRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        seedRow.setPadding(false);

        add(hiddenLayers, 2);
        add(activation, output, loss, init, optimizer, bias);
        add(learningRate, iterations, batchSize, l2);
        add(seedRow, 2);
        add(combinationProblem, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("22em", 2));
        binder.addValueChangeListener(e -> checkCombination());
        setValue(new Hyperparameters());
    }

    private void describeFields() {
        loss.setHelperText("The seed: sum of squared errors");
        learningRate.setHelperText("Step size of each update (the seed: 1)");
        learningRate.setValueChangeMode(ValueChangeMode.EAGER);
        iterations.setHelperText("Passes over the whole dataset (the seed: 1,500)");
        iterations.setStepButtonsVisible(true);
        iterations.setValueChangeMode(ValueChangeMode.EAGER);
        batchSize.setHelperText("Rows per update; 0 = all rows at once (the seed)");
        batchSize.setValueChangeMode(ValueChangeMode.EAGER);
        l2.setHelperText("Weight decay; 0 = none (the seed)");
        l2.setValueChangeMode(ValueChangeMode.EAGER);
        seed.setHelperText("Same seed, same settings: the same run, bit for bit");
        seed.setValueChangeMode(ValueChangeMode.EAGER);
    }

    private void bind() {
        binder.forField(hiddenLayers).withValidator(this::hiddenProblem)
                .bind(Hyperparameters::getHidden, Hyperparameters::setHidden);
        binder.forField(activation).asRequired().bind(Hyperparameters::getActivation, Hyperparameters::setActivation);
        binder.forField(output).asRequired().bind(Hyperparameters::getOutput, Hyperparameters::setOutput);
        binder.forField(loss).asRequired().bind(Hyperparameters::getLoss, Hyperparameters::setLoss);
        binder.forField(bias).bind(Hyperparameters::isBias, Hyperparameters::setBias);
        binder.forField(init).asRequired().bind(Hyperparameters::getInit, Hyperparameters::setInit);
        binder.forField(optimizer).asRequired().bind(Hyperparameters::getOptimizer, Hyperparameters::setOptimizer);
        binder.forField(learningRate).asRequired("Enter a learning rate, e.g. 1 or 0.01")
                .withValidator(v -> v > 0 && v <= MAX_LEARNING_RATE,
                        "Learning rate must be above 0 and at most " + (int) MAX_LEARNING_RATE)
                .bind(Hyperparameters::getLearningRate, Hyperparameters::setLearningRate);
        binder.forField(iterations).asRequired("Enter how many iterations to train")
                .withValidator(v -> v >= 1 && v <= limits.maxIterations(),
                        String.format("Iterations must be from 1 to %,d", limits.maxIterations()))
                .bind(Hyperparameters::getIterations, Hyperparameters::setIterations);
        binder.forField(batchSize).asRequired("Enter 0 for full batch, or a batch size")
                .withValidator((v, ctx) -> v < 0 ? ValidationResult.error("Batch size cannot be negative")
                        : v > rowCount ? ValidationResult.error("Batch size is larger than the " + rowCount
                        + " rows of the dataset; use 0 for full batch") : ValidationResult.ok())
                .bind(Hyperparameters::getBatchSize, Hyperparameters::setBatchSize);
        binder.forField(l2).asRequired("Enter 0 for no regularisation")
                .withValidator(v -> v >= 0 && v <= MAX_L2, "L2 must be from 0 to " + (int) MAX_L2)
                .bind(Hyperparameters::getL2, Hyperparameters::setL2);
        binder.forField(seed).asRequired("Enter a seed (any whole number from 0)")
                .withValidator(v -> v >= 0, "The seed must be 0 or more")
                .bind(Hyperparameters::getSeed, Hyperparameters::setSeed);
    }

    private ValidationResult hiddenProblem(List<Integer> sizes, com.vaadin.flow.data.binder.ValueContext ctx) {
        if (sizes.size() > limits.maxHiddenLayers()) {
            return ValidationResult.error("At most " + limits.maxHiddenLayers() + " hidden layers");
        }
        for (int i = 0; i < sizes.size(); i++) {
            Integer n = sizes.get(i);
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
        if (batchSize.getValue() != null) {
            binder.validate();
        }
    }

    public void setValue(Hyperparameters value) {
        binder.readBean(value);
        checkCombination();
    }

    /** The seed as typed, or 0 while the field is empty or invalid (it only picks the test rows then). */
    public long seedValue() {
        return seed.getValue() == null || seed.getValue() < 0 ? 0 : seed.getValue();
    }

    /** The settings as they stand, valid or not (for proposals that say what they change). */
    public Hyperparameters currentValue() {
        Hyperparameters value = new Hyperparameters();
        binder.writeBeanAsDraft(value, true);
        return value.withBlanksAsSeed();
    }

    /** The settings if every field is valid and they fit together; else marks the fields and returns empty. */
    public Optional<Hyperparameters> validatedValue() {
        Hyperparameters value = new Hyperparameters();
        boolean valid = binder.writeBeanIfValid(value);
        checkCombination();
        return valid && combinationMessage().isEmpty() ? Optional.of(value) : Optional.empty();
    }

    public void setRunning(boolean running) {
        binder.setReadOnly(running);
        hiddenLayers.setReadOnly(running);
        newSeed.setEnabled(!running);
    }

    private static <T> Select<T> select(String label, Function<T, String> text, List<T> items) {
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(text::apply);
        return select;
    }
}

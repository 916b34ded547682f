package com.nnplayground.maths;

import static com.nnplayground.maths.Tex.num;
import static com.nnplayground.maths.Tex.precise;
import static com.nnplayground.maths.Tex.row;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.TrainingConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * One iteration's maths as TeX, stage by stage, with the numbers of {@link IterationMaths}: the seed article's
 * equations in one notation ({@code a^{(k)}}, {@code z^{(k)}}, {@code W^{(k)}}, {@code \delta^{(k)}}; rows are
 * samples, so {@code z = a W + b}), each followed by its numbers and one neuron's sum written out.
 *
 * The names of the inputs (the data's input columns, one-hot ones as column=value) and of the outputs (the classes, or
 * the target column) label the numbers; they are escaped ({@link Tex#text}).
 */
public final class MathsTex {

    /** A sum written out term by term, up to this many terms. */
    static final int MAX_TERMS = 4;

    private final IterationMaths maths;
    private final Architecture architecture;
    private final TrainingConfig config;
    private final double[][][] weights;
    private final double[][] biases;
    private final List<String> inputs;
    private final List<String> outputs;

    /** @param network the weights the iteration starts with, those {@code maths} was computed from */
    public MathsTex(IterationMaths maths, Network network, TrainingConfig config, List<String> inputs,
                    List<String> outputs) {
        this.maths = maths;
        this.architecture = network.architecture();
        this.config = config;
        this.weights = network.weights();
        this.biases = network.biases();
        this.inputs = List.copyOf(inputs);
        this.outputs = List.copyOf(outputs);
    }

    public List<TexLine> stage(Stage stage) {
        return switch (stage) {
            case FORWARD -> forward();
            case LOSS -> loss();
            case BACKWARD -> backward();
            case UPDATE -> update();
        };
    }

    private List<TexLine> forward() {
        List<TexLine> out = new ArrayList<>();
        int layers = maths.layerCount();
        out.add(new TexLine("Data row " + (maths.row() + 1) + (maths.isTestRow() ? " (a test row)" : "")
                + ": its inputs are the first layer's activations.", "a^{(0)} = x = " + Tex.named(inputs, maths.a()[0])));
        for (int k = 1; k <= layers; k++) {
            Activation f = architecture.activation(k - 1);
            int j = k == maths.weight().layer() ? maths.weight().to() : 0;
            String layer = k == layers ? "The output layer" : "Hidden layer " + k;
            out.add(new TexLine(layer + ": each neuron sums its inputs times their weights" + (architecture.bias()
                    ? ", plus its bias." : "."), "z^{(" + k + ")} = a^{(" + (k - 1) + ")} W^{(" + k + ")}"
                    + bias(k) + " = " + row(maths.z()[k])));
            out.add(new TexLine("Neuron " + (j + 1) + " of that layer, written out:", weightedSum(k, j)));
            out.add(new TexLine("Then the activation, " + name(f) + ", neuron by neuron:",
                    "a^{(" + k + ")} = " + apply(f, "z^{(" + k + ")}") + " = " + row(maths.a()[k])
                            + (f == Activation.SIGMOID && (k == 1 || architecture.activation(k - 2) != f)
                            ? ", \\quad \\sigma(z) = \\frac{1}{1 + e^{-z}}" : "")));
        }
        out.add(new TexLine("The prediction, next to the target" + (architecture.outputs() == 1 && !outputs.isEmpty()
                ? " (" + outputs.get(0) + ")" : "") + ":", "\\hat{y} = a^{(" + layers + ")} = "
                + outputRow(maths.a()[layers]) + ", \\qquad y = " + outputRow(maths.y())));
        return out;
    }

    /** Several outputs are named (the classes); a single one is the target column, named in the caption. */
    private String outputRow(double[] values) {
        return values.length > 1 ? Tex.named(outputs, values) : row(values);
    }

    private String weightedSum(int k, int j) {
        double[] in = maths.a()[k - 1];
        StringBuilder sum = new StringBuilder("z^{(" + k + ")}_{" + (j + 1) + "} = \\sum_{i} a^{(" + (k - 1) + ")}_i W^{("
                + k + ")}_{i," + (j + 1) + "}" + (architecture.bias() ? " + b^{(" + k + ")}_{" + (j + 1) + "}" : "") + " = ");
        for (int i = 0; i < Math.min(in.length, MAX_TERMS); i++) {
            sum.append(i > 0 ? " + " : "").append(factor(in[i])).append(" \\cdot ").append(factor(weights[k - 1][i][j]));
        }
        if (in.length > MAX_TERMS) {
            sum.append(" + \\cdots");
        }
        if (architecture.bias()) {
            sum.append(" + ").append(factor(biases[k - 1][j]));
        }
        return sum.append(" = ").append(num(maths.z()[k][j])).toString();
    }

    private List<TexLine> loss() {
        List<TexLine> out = new ArrayList<>();
        int n = maths.trainRows();
        int j = maths.layerCount() == maths.weight().layer() ? maths.weight().to() : 0;
        double target = maths.y()[j];
        double predicted = maths.a()[maths.layerCount()][j];
        switch (config.loss()) {
            case SSE -> out.add(new TexLine("The seed's sum of squared errors, over the rows and outputs:",
                    "L = \\sum_{\\text{rows}} \\sum_j \\left(y_j - \\hat{y}_j\\right)^2"));
            case MSE -> out.add(new TexLine("The mean squared error, over the " + n + " training rows and their outputs:",
                    "L = \\frac{1}{n\\,m} \\sum_{\\text{rows}} \\sum_j \\left(y_j - \\hat{y}_j\\right)^2, \\quad n = " + n
                            + ", m = " + architecture.outputs()));
            case BCE -> out.add(new TexLine("Binary cross-entropy, averaged over the rows and outputs:",
                    "L = -\\frac{1}{n\\,m} \\sum_{\\text{rows}} \\sum_j \\left[y_j \\ln \\hat{y}_j + (1 - y_j)"
                            + " \\ln (1 - \\hat{y}_j)\\right], \\quad n = " + n + ", m = " + architecture.outputs()));
            case CROSS_ENTROPY -> out.add(new TexLine("Cross-entropy over the softmax outputs, averaged over the rows:",
                    "L = -\\frac{1}{n} \\sum_{\\text{rows}} \\sum_j y_j \\ln \\hat{y}_j, \\quad n = " + n));
        }
        if (config.loss() == Loss.SSE || config.loss() == Loss.MSE) {
            out.add(new TexLine("Output " + (j + 1) + " of this row:", "\\left(y_{" + (j + 1) + "} - \\hat{y}_{" + (j + 1)
                    + "}\\right)^2 = \\left(" + num(target) + " - " + num(predicted) + "\\right)^2 = "
                    + num((target - predicted) * (target - predicted))));
        }
        out.add(new TexLine(maths.isTestRow() ? "This test row's loss (it is not part of L):" : "This row's share of L:",
                "L_{\\text{row } " + (maths.row() + 1) + "} = " + num(maths.rowLoss())));
        out.add(new TexLine("Over all " + n + " training rows (the loss chart's point for this iteration):",
                "L = " + precise(maths.loss())));
        return out;
    }

    private List<TexLine> backward() {
        List<TexLine> out = new ArrayList<>();
        int layers = maths.layerCount();
        if (maths.isTestRow()) {
            out.add(new TexLine("Row " + (maths.row() + 1) + " is a test row: it has no deltas, for it takes no part in"
                    + " learning. The gradient below sums over the training rows.", ""));
        } else {
            out.add(new TexLine("The chain rule from the loss back: each layer's delta is ∂L/∂z of that layer, for this"
                    + " row.", outputDeltaFormula() + " = " + row(maths.delta()[layers])));
            int j = layers == maths.weight().layer() ? maths.weight().to() : 0;
            out.add(new TexLine("Output " + (j + 1) + ", written out:", outputDeltaWrittenOut(j)));
            for (int k = layers - 1; k >= 1; k--) {
                Activation f = architecture.hiddenActivation();
                out.add(new TexLine("Hidden layer " + k + ": the next layer's deltas sent back through its weights, times "
                        + name(f) + "′:", "\\delta^{(" + k + ")} = \\left(\\delta^{(" + (k + 1) + ")} W^{(" + (k + 1)
                        + ")\\top}\\right) \\odot " + derivative(f, k) + " = " + row(maths.delta()[k])));
                int h = k == maths.weight().layer() ? maths.weight().to() : 0;
                out.add(new TexLine("Neuron " + (h + 1) + ", written out:", hiddenDeltaWrittenOut(k, h)));
            }
        }
        WeightChoice w = maths.weight();
        int k = w.layer();
        out.add(new TexLine("The gradient of the weights into layer " + k + ": each row's activations times its deltas,"
                + " summed over the rows.", "\\frac{\\partial L}{\\partial W^{(" + k + ")}} = \\sum_{\\text{rows}} a^{("
                + (k - 1) + ")\\top} \\delta^{(" + k + ")} = " + Tex.matrix(maths.gradW())));
        if (!maths.isTestRow()) {
            out.add(new TexLine("Weight " + weightName() + ": this row's term.", "a^{(" + (k - 1) + ")}_{" + (w.from() + 1)
                    + "} \\, \\delta^{(" + k + ")}_{" + (w.to() + 1) + "} = " + factor(maths.a()[k - 1][w.from()])
                    + " \\cdot " + factor(maths.delta()[k][w.to()]) + " = " + num(maths.rowGradient())));
        }
        out.add(new TexLine("Summed over the " + maths.trainRows() + " training rows:", "\\frac{\\partial L}{\\partial "
                + weightTex() + "} = " + precise(maths.update().gradient())));
        return out;
    }

    private String outputDeltaFormula() {
        int L = maths.layerCount();
        Activation f = architecture.outputActivation();
        return switch (config.loss()) {
            case SSE -> "\\delta^{(" + L + ")} = 2\\left(\\hat{y} - y\\right) \\odot " + derivative(f, L);
            case MSE -> "\\delta^{(" + L + ")} = \\frac{2}{n\\,m}\\left(\\hat{y} - y\\right) \\odot " + derivative(f, L);
            case BCE -> f == Activation.SIGMOID ? "\\delta^{(" + L + ")} = \\frac{1}{n\\,m}\\left(\\hat{y} - y\\right)"
                    : "\\delta^{(" + L + ")} = \\frac{\\partial L}{\\partial \\hat{y}} \\odot " + derivative(f, L);
            case CROSS_ENTROPY -> "\\delta^{(" + L + ")} = \\frac{1}{n}\\left(\\hat{y} - y\\right)";
        };
    }

    private String outputDeltaWrittenOut(int j) {
        int L = maths.layerCount();
        Activation f = architecture.outputActivation();
        double a = maths.a()[L][j];
        double y = maths.y()[j];
        String lhs = "\\delta^{(" + L + ")}_{" + (j + 1) + "} = ";
        double delta = maths.delta()[L][j];
        boolean simplified = config.loss() == Loss.BCE && f == Activation.SIGMOID
                || config.loss() == Loss.CROSS_ENTROPY && f == Activation.SOFTMAX;
        if (simplified) {
            String n = config.loss() == Loss.BCE ? maths.trainRows() * architecture.outputs() + "" : maths.trainRows() + "";
            return lhs + "\\frac{" + factor(a) + " - " + factor(y) + "}{" + n + "} = " + num(delta);
        }
        double dLda = config.loss().derivative(y, a, maths.trainRows(), architecture.outputs());
        return lhs + factor(dLda) + " \\cdot " + factor(f.derivative(maths.z()[L][j], a)) + " = " + num(delta);
    }

    private String hiddenDeltaWrittenOut(int k, int h) {
        double[] next = maths.delta()[k + 1];
        StringBuilder sum = new StringBuilder("\\delta^{(" + k + ")}_{" + (h + 1) + "} = \\left(");
        for (int m = 0; m < Math.min(next.length, MAX_TERMS); m++) {
            sum.append(m > 0 ? " + " : "").append(factor(next[m])).append(" \\cdot ").append(factor(weights[k][h][m]));
        }
        if (next.length > MAX_TERMS) {
            sum.append(" + \\cdots");
        }
        Activation f = architecture.hiddenActivation();
        return sum.append("\\right) \\cdot ").append(factor(f.derivative(maths.z()[k][h], maths.a()[k][h])))
                .append(" = ").append(num(maths.delta()[k][h])).toString();
    }

    private List<TexLine> update() {
        IterationMaths.Update u = maths.update();
        List<TexLine> out = new ArrayList<>();
        String w = weightTex();
        String gradient = "\\frac{\\partial L}{\\partial " + w + "}";
        boolean l2 = u.l2() > 0;
        String step = l2 ? "\\left(" + gradient + " + \\lambda\\, " + w + "\\right)" : gradient;
        String numbers = l2 ? "\\left(" + factor(u.gradient()) + " + " + num(u.l2()) + " \\cdot " + factor(u.oldValue())
                + "\\right)" : factor(u.gradient());
        switch (u.optimizer()) {
            case SGD -> {
                out.add(new TexLine("Gradient descent: a step against the gradient, of the learning rate's size"
                        + (l2 ? " (L2 adds λ·w to the gradient)." : "."), w + " \\leftarrow " + w + " - \\eta\\, " + step));
                if (u.exact()) {
                    out.add(new TexLine("Weight " + weightName() + " with its numbers: old value, rate, gradient, new value.",
                            w + " \\leftarrow " + precise(u.oldValue()) + " - " + num(u.rate()) + " \\cdot " + numbers + " = " + precise(u.newValue())));
                    if (config.loss() == Loss.SSE && u.rate() == 1.0 && !l2) {
                        out.add(new TexLine("The seed writes this step as w += ∂L/∂w with its derivative taken of"
                                + " (y − ŷ), which flips the sign: the same step.", ""));
                    }
                } else {
                    out.add(new TexLine("With mini-batches of " + config.batchSize() + " rows an iteration takes several"
                            + " such steps, each with its own batch's gradient, so the new value is not this one step.",
                            w + " = " + precise(u.oldValue()) + ", \\quad " + gradient + " = " + precise(u.gradient())
                                    + ", \\quad \\eta = " + num(u.rate())));
                }
            }
            case MOMENTUM -> {
                out.add(new TexLine("Momentum: the step is a running sum of past steps, v, plus this gradient's.",
                        "v \\leftarrow 0.9\\, v - \\eta\\, " + step + ", \\qquad " + w + " \\leftarrow " + w + " + v"));
                out.add(knownNumbers(w, gradient, u, "v"));
            }
            case ADAM -> {
                out.add(new TexLine("Adam: running averages of the gradient (m) and of its square (s), corrected for their"
                        + " start at 0, set each weight's own step.", "m \\leftarrow 0.9\\, m + 0.1\\, g, \\quad s \\leftarrow"
                        + " 0.999\\, s + 0.001\\, g^2, \\quad " + w + " \\leftarrow " + w + " - \\eta \\frac{\\hat{m}}"
                        + "{\\sqrt{\\hat{s}} + 10^{-8}}, \\quad g = " + step));
                out.add(knownNumbers(w, gradient, u, "m and s"));
            }
        }
        return out;
    }

    private TexLine knownNumbers(String w, String gradient, IterationMaths.Update u, String state) {
        return new TexLine("Weight " + weightName() + ": the step also depends on " + state + ", built from the earlier"
                + " iterations' gradients, so the new value shows in the next iteration.", w + " = " + precise(u.oldValue())
                + ", \\quad " + gradient + " = " + precise(u.gradient()) + ", \\quad \\eta = " + num(u.rate()));
    }

    private String weightTex() {
        WeightChoice w = maths.weight();
        return "W^{(" + w.layer() + ")}_{" + (w.from() + 1) + "," + (w.to() + 1) + "}";
    }

    /** The weight in words: from which neuron (an input's name for the first layer) to which. */
    String weightName() {
        WeightChoice w = maths.weight();
        return "W(" + w.layer() + ") from " + neuron(w.layer() - 1, w.from()) + " to " + neuron(w.layer(), w.to());
    }

    private String neuron(int layer, int index) {
        if (layer == 0) {
            return index < inputs.size() ? inputs.get(index) : "input " + (index + 1);
        }
        if (layer == maths.layerCount()) {
            return index < outputs.size() && architecture.outputs() > 1 ? "output " + outputs.get(index)
                    : "output " + (index + 1);
        }
        return "neuron " + (index + 1) + " of hidden layer " + layer;
    }

    private String bias(int k) {
        return architecture.bias() ? " + b^{(" + k + ")}" : "";
    }

    /** A number in a product: negative ones in brackets, so that {@code 2 \cdot (-0.5)} reads right. */
    private static String factor(double value) {
        return value < 0 ? "\\left(" + num(value) + "\\right)" : num(value);
    }

    private static String apply(Activation f, String argument) {
        return symbol(f) + "\\left(" + argument + "\\right)";
    }

    private static String derivative(Activation f, int k) {
        return symbol(f) + "'\\left(z^{(" + k + ")}\\right)";
    }

    static String symbol(Activation f) {
        return switch (f) {
            case SIGMOID -> "\\sigma";
            case TANH -> "\\tanh";
            case RELU -> "\\operatorname{ReLU}";
            case LEAKY_RELU -> "\\operatorname{LReLU}";
            case LINEAR -> "\\operatorname{id}";
            case SOFTMAX -> "\\operatorname{softmax}";
        };
    }

    private static String name(Activation f) {
        return switch (f) {
            case SIGMOID -> "the sigmoid σ";
            case TANH -> "tanh";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU";
            case LINEAR -> "the identity";
            case SOFTMAX -> "softmax";
        };
    }
}

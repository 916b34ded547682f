package com.nnplayground.experiment;

import com.nnplayground.dataset.DatasetEncoder;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.EncodingOptions;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Compatibility;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.Training;
import com.nnplayground.engine.kernels.KernelThreads;
import com.nnplayground.engine.TrainingConfig;

/**
 * An experiment checked and turned into what the engine runs: the encoded data, the starting network and
 * the training configuration. Every problem surfaces here as an {@link ExperimentException} naming a field.
 */
public record PreparedExperiment(Experiment experiment, EncodedDataset data, Network start, TrainingConfig config) {
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    public static PreparedExperiment of(Experiment e) {
        EncodedDataset data;
        try {
            data = DatasetEncoder.encode(e.dataset(), new EncodingOptions(e.preparation().scaling(),
                    e.preparation().testShare(), e.network().seed(), e.preparation().targetScaling()));
        } catch (DatasetException ex) {
            throw new ExperimentException("dataset", ex.getMessage());
        }
        NetworkSettings n = e.network();
        Architecture architecture = architecture(data, n);
        requireArraysFit(architecture, data.x().length);
        TrainingSettings t = e.training();
        Compatibility.problem(architecture, t.loss()).ifPresent(problem -> {
            throw new ExperimentException("training.loss", problem);
        });
        int trainingRows = data.x().length - data.testCount();
        if (t.batchSize() > trainingRows) {
            throw new ExperimentException("training.batchSize", "is " + t.batchSize() + " but only " + trainingRows
                    + " rows train; use 0 for full batch");
        }
        return new PreparedExperiment(e, data, startNetwork(architecture, n), new TrainingConfig(t.loss(),
                t.optimizer(), t.learningRate(), t.iterations(), t.batchSize(), t.l2(), n.seed()));
    }

    /**
     * The engine says what is wrong with a network's shape; which field that is, the shape alone tells: the layer
     * sizes (the data's inputs and outputs are at least 1) are checked first with activations that always fit, and
     * what the real activations add is theirs.
     */
    private static Architecture architecture(EncodedDataset data, NetworkSettings n) {
        int[] hidden = n.hidden().stream().mapToInt(Integer::intValue).toArray();
        try {
            new Architecture(data.inputCount(), hidden, data.outputCount(), Activation.SIGMOID, Activation.SIGMOID, false);
        } catch (IllegalArgumentException ex) {
            throw new ExperimentException("network.hidden", ex.getMessage());
        }
        try {
            return new Architecture(data.inputCount(), hidden, data.outputCount(), n.activation(), n.output(), n.bias());
        } catch (IllegalArgumentException ex) {
            throw new ExperimentException("network", ex.getMessage());
        }
    }

    /**
     * The engine keeps each layer's activations for all rows in one array (its weights too: the engine's
     * Architecture checks those); beyond Java's largest array the sizes would overflow.
     */
    private static void requireArraysFit(Architecture architecture, int rows) {
        int[] sizes = architecture.layerSizes();
        for (int l = 0; l + 1 < sizes.length; l++) {
            long activations = (long) rows * sizes[l + 1];
            if (activations > MAX_ARRAY) {
                throw new ExperimentException(l + 2 < sizes.length ? "network.hidden[" + l + "]" : "dataset",
                        rows + " rows times " + sizes[l + 1] + " neurons is more than one array holds ("
                                + MAX_ARRAY + "); use fewer rows or neurons");
            }
        }
    }

    private static Network startNetwork(Architecture architecture, NetworkSettings n) {
        if (n.weights() == null) {
            if (n.biases() != null) {
                throw new ExperimentException("network.biases", "given without network.weights; give both or neither");
            }
            return Network.initialise(architecture, n.init(), n.seed());
        }
        if (n.bias() && n.biases() == null) {
            throw new ExperimentException("network.biases", "missing: network.bias is true and weights are given");
        }
        if (!n.bias() && n.biases() != null) {
            throw new ExperimentException("network.biases", "given, but network.bias is false");
        }
        if (n.biases() != null) {
            requireBiasShapes(architecture, n.biases());
        }
        try {
            return Network.of(architecture, n.weights(), n.biases());
        } catch (IllegalArgumentException ex) {
            throw new ExperimentException("network.weights", ex.getMessage());
        }
    }

    /** Checked here, not left to the engine, so that the message names network.biases rather than the weights. */
    private static void requireBiasShapes(Architecture architecture, double[][] biases) {
        int[] sizes = architecture.layerSizes();
        if (biases.length != architecture.layerCount()) {
            throw new ExperimentException("network.biases", "expected biases for " + architecture.layerCount()
                    + " layer(s), got " + biases.length);
        }
        for (int l = 0; l < biases.length; l++) {
            if (biases[l].length != sizes[l + 1]) {
                throw new ExperimentException("network.biases[" + l + "]", "expected " + sizes[l + 1]
                        + " value(s), one per neuron of layer " + l + ", got " + biases[l].length);
            }
        }
    }

    /** The experiment's recorded rate changes, to apply as its run trains. */
    public RateSchedule schedule() {
        return new RateSchedule(experiment.training().rateChanges());
    }

    public Training newTraining() {
        return newTraining(KernelThreads.single());
    }

    /** A run whose large products may use {@code threads}. */
    public Training newTraining(KernelThreads threads) {
        return new Training(start, data.trainX(), data.trainY(), config, threads);
    }

    /** Multiply-adds of one forward pass over the training rows: what a page may spend on this run at each push. */
    public long multiplyAddsPerPass() {
        int[] sizes = start.architecture().layerSizes();
        long weights = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            weights += (long) sizes[l] * sizes[l + 1];
        }
        return weights * (data.x().length - data.testCount());
    }
}

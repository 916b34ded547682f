package com.nnplayground.experiment;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.Preset;

/**
 * One experiment: the data and how it is prepared, the network and how to train it. Its JSON form is
 * {@link ExperimentJson}.
 */
public record Experiment(Dataset dataset, NetworkSettings network, TrainingSettings training, Preparation preparation) {

    /** An experiment on the data as it is: no scaling, no test rows. */
    public Experiment(Dataset dataset, NetworkSettings network, TrainingSettings training) {
        this(dataset, network, training, Preparation.NONE);
    }

    /** The seed article's experiment: XOR with a constant third input, 3-4-1 sigmoid, 1500 iterations. */
    public static Experiment seedArticle() {
        return new Experiment(Preset.XOR_SEED.dataset(), NetworkSettings.seedArticle(), TrainingSettings.seedArticle());
    }
}

package com.nnplayground.link;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.PresetOptions;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.Preparation;
import com.nnplayground.experiment.TrainingSettings;

/**
 * What a link carries: where the data comes from (a preset with its options, the user's own rows, or rows kept in
 * this browser tab because they were too many for a link) and every setting; {@code network} holds an opened file's
 * initial weights when they are in use.
 *
 * @param preset   the preset, or null for the user's own data
 * @param options  a generated preset's rows, noise and seed (null for the others)
 * @param data     the user's own data when the link holds it, else null
 * @param keptData the key of own data kept in this tab's storage (too long for a link), else null
 */
public record SharedExperiment(Preset preset, PresetOptions options, Dataset data, String keptData,
                               NetworkSettings network, TrainingSettings training, Preparation preparation) {
}

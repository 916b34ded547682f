package com.nnplayground.dataset;

/**
 * How a generated preset is drawn.
 *
 * @param size  number of rows
 * @param noise standard deviation of the Gaussian noise added to each coordinate
 * @param seed  the random seed: the same options give the same rows
 */
public record PresetOptions(int size, double noise, long seed) {
    public static final PresetOptions DEFAULT = new PresetOptions(200, 0.05, 1);

    public PresetOptions {
        if (size < 4) {
            throw new DatasetException("A generated dataset needs at least 4 rows, not " + size + ".");
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new DatasetException("Noise must lie between 0 and 1, not " + noise + ".");
        }
    }

    static PresetOptions noiseless(PresetOptions o) {
        return new PresetOptions(o.size(), 0, o.seed());
    }
}

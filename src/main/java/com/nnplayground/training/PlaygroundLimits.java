package com.nnplayground.training;

import com.nnplayground.dataset.ImportLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one page may ask of the server, set in application.properties under {@code playground.limits}.
 *
 * @param maxIterations       iterations of one run
 * @param maxNeuronsPerLayer  neurons in one hidden layer
 * @param maxHiddenLayers     number of hidden layers
 * @param maxRows             rows of a dataset
 * @param maxRunSeconds       wall time of one run; it stops with the reason shown when reached
 * @param maxActiveRuns       runs training at once on the whole server
 * @param maxUploadBytes      size of an uploaded or pasted CSV
 * @param maxColumns          columns of a dataset
 * @param maxRunsPerSession   runs training at once for one browser session (all its tabs)
 * @param maxUnwatchedSeconds how long a run whose page went away (closed without a word, asleep, offline) waits,
 *                            using no CPU, for the page to come back before it stops
 * @param maxClasses          different labels in a text target (see {@link ImportLimits#maxClasses()})
 */
@ConfigurationProperties("playground.limits")
public record PlaygroundLimits(int maxIterations, int maxNeuronsPerLayer, int maxHiddenLayers, int maxRows,
                               int maxRunSeconds, int maxActiveRuns, long maxUploadBytes, int maxColumns,
                               int maxRunsPerSession, int maxUnwatchedSeconds, int maxClasses) {

    public static PlaygroundLimits defaults() {
        return new PlaygroundLimits(10_000_000, 256, 8, 10_000, 600, 200, 5L * 1024 * 1024, 200, 1, 30,
                ImportLimits.DEFAULT_MAX_CLASSES);
    }

    /** The limits of a CSV import. */
    public ImportLimits importLimits() {
        return new ImportLimits(maxUploadBytes, maxRows, maxColumns, maxClasses);
    }
}

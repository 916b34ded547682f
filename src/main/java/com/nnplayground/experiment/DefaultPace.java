package com.nnplayground.experiment;

import com.nnplayground.dataset.Preset;

/**
 * The pace a run is watched at by default, in iterations a second: slow enough that a class sees the picture change,
 * fast enough that a run is over in about {@value #SECONDS} seconds. The seed's XOR at 200 a second takes 7.5 s: the
 * plateau near loss 1.0 (iterations 20-110) for half a second, then the drop. Presets whose story is late or slow get
 * their own. The page rounds a pace to the steps of its speed control (1,500 iterations / 8 s = 187.5 becomes 200).
 */
public final class DefaultPace {
    /** How long a run takes by default. */
    static final double SECONDS = 8;

    private DefaultPace() {
    }

    public static double forPreset(Preset preset) {
        return switch (preset) {
            // The spiral boundary takes shape from about iteration 400 of its 2,000: 4 s of plateau, then 5 s of drop
            case SPIRALS -> 100;
            // The sine is fitted in its first 500 iterations: 5 s of a curve bending into place
            case SINE -> 100;
            // Three clusters part in their first 30 iterations of 300: at 50 a second that is watchable, 6 s in all
            case CLUSTERS -> 50;
            default -> forIterations(Recommendation.forPreset(preset).training().iterations());
        };
    }

    /** For a run of this many iterations (loaded data, an opened file): about {@value #SECONDS} s of it. */
    public static double forIterations(int iterations) {
        return iterations / SECONDS;
    }
}

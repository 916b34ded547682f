package com.nnplayground.engine;

import java.util.SplittableRandom;

/** How {@link Network#initialise} draws the starting weights. Biases always start at 0. */
public enum Init {
    /** The seed's {@code np.random.rand}: uniform in [0, 1). */
    UNIFORM {
        @Override
        double draw(SplittableRandom random, int fanIn, int fanOut) {
            return random.nextDouble();
        }
    },
    /** Glorot uniform: uniform in ±sqrt(6 / (fanIn + fanOut)), suits sigmoid and tanh. */
    XAVIER {
        @Override
        double draw(SplittableRandom random, int fanIn, int fanOut) {
            return symmetric(random, Math.sqrt(6.0 / (fanIn + fanOut)));
        }
    },
    /**
     * He uniform: uniform in ±sqrt(6 / fanIn) (variance 2 / fanIn, as He normal), suits ReLU. Uniform rather
     * than normal so every draw is one {@code nextDouble}, repeatable bit for bit across JDKs.
     */
    HE {
        @Override
        double draw(SplittableRandom random, int fanIn, int fanOut) {
            return symmetric(random, Math.sqrt(6.0 / fanIn));
        }
    };

    abstract double draw(SplittableRandom random, int fanIn, int fanOut);

    /** The id used in forms, files and the CLI: "uniform", "xavier", "he". */
    public String id() {
        return Ids.of(this);
    }

    /** @throws IllegalArgumentException naming the allowed ids when {@code id} is unknown */
    public static Init fromId(String id) {
        return Ids.parse(values(), "initialisation", id);
    }

    private static double symmetric(SplittableRandom random, double limit) {
        return (2.0 * random.nextDouble() - 1.0) * limit;
    }
}

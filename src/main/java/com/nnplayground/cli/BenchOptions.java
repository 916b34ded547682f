package com.nnplayground.cli;

import java.util.Arrays;

/**
 * The bench flags, named and defaulted as in shared/bench/numpy_reference.py, plus three of our own:
 * {@code --warmup SECONDS} of untimed training before the timed run (default {@value #DEFAULT_WARMUP}, 0 for none),
 * {@code --memory yes} to add the timed run's allocation and garbage-collection counts to the JSON, and
 * {@code --threads N}, the threads a large product may use (default: one per core, as NumPy's OpenBLAS does).
 */
record BenchOptions(int[] layers, int samples, int iterations, double lr, long seed, double warmup, boolean memory,
                    int threads) {

    static final double DEFAULT_WARMUP = 2.0;
    static final int MAX_THREADS = 256;

    static BenchOptions parse(String[] args) {
        int[] layers = {3, 4, 1};
        int samples = 4;
        int iterations = 1500;
        double lr = 1.0;
        long seed = 0;
        double warmup = DEFAULT_WARMUP;
        boolean memory = false;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i += 2) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new Cli.UsageException(flag + ": missing value");
            }
            String value = args[i + 1];
            switch (flag) {
                case "--layers" -> layers = layers(value);
                case "--samples" -> samples = positive(flag, value);
                case "--iterations" -> iterations = positive(flag, value);
                case "--lr" -> lr = learningRate(value);
                case "--seed" -> seed = whole(flag, value);
                case "--warmup" -> warmup = seconds(value);
                case "--memory" -> memory = yesOrNo(flag, value);
                case "--threads" -> threads = threadCount(value);
                default -> throw new Cli.UsageException("unknown flag '" + flag
                        + "'; use --layers, --samples, --iterations, --lr, --seed, --warmup, --memory, --threads");
            }
        }
        return new BenchOptions(layers, samples, iterations, lr, seed, warmup, memory, threads);
    }

    private static int[] layers(String value) {
        try {
            int[] sizes = Arrays.stream(value.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
            if (sizes.length < 2 || Arrays.stream(sizes).anyMatch(s -> s < 1)) {
                throw new NumberFormatException();
            }
            return sizes;
        } catch (NumberFormatException e) {
            throw new Cli.UsageException("--layers: expected at least two positive sizes like 3,4,1, got '" + value + "'");
        }
    }

    private static int positive(String flag, String value) {
        long n = whole(flag, value);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw new Cli.UsageException(flag + ": expected a whole number from 1 to " + Integer.MAX_VALUE + ", got '" + value + "'");
        }
        return (int) n;
    }

    private static int threadCount(String value) {
        long n = whole("--threads", value);
        if (n < 1 || n > MAX_THREADS) {
            throw new Cli.UsageException("--threads: expected a whole number from 1 to " + MAX_THREADS + ", got '"
                    + value + "'");
        }
        return (int) n;
    }

    private static long whole(String flag, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new Cli.UsageException(flag + ": expected a whole number, got '" + value + "'");
        }
    }

    private static double seconds(String value) {
        try {
            double seconds = Double.parseDouble(value.trim());
            if (seconds >= 0 && seconds <= 600) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below, like any other bad value
        }
        throw new Cli.UsageException("--warmup: expected seconds from 0 to 600, got '" + value + "'");
    }

    private static boolean yesOrNo(String flag, String value) {
        return switch (value.trim()) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new Cli.UsageException(flag + ": expected yes or no, got '" + value + "'");
        };
    }

    private static double learningRate(String value) {
        try {
            double lr = Double.parseDouble(value.trim());
            if (lr > 0 && Double.isFinite(lr)) {
                return lr;
            }
        } catch (NumberFormatException e) {
            // reported below, like any other bad value
        }
        throw new Cli.UsageException("--lr: expected a positive number, got '" + value + "'");
    }
}

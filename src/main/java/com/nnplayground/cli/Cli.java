package com.nnplayground.cli;

import com.nnplayground.experiment.ExperimentException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;

/**
 * The headless commands: {@code train EXPERIMENT.json} (or {@code train --preset NAME}) and
 * {@code bench --layers ...}. They run without the web server. Usage problems print one line and exit with
 * code 2, never a stack trace.
 */
public final class Cli {
    public static final int USAGE_ERROR = 2;
    private static final Set<String> COMMANDS = Set.of("train", "bench");

    private Cli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("error: usage: train EXPERIMENT.json | train --preset NAME [--repeat N] | bench [--layers 3,4,1] [--samples N] [--iterations N]"
                    + " [--lr RATE] [--seed N]");
            return USAGE_ERROR;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "train" -> TrainCommand.run(rest, out, err);
                case "bench" -> BenchCommand.run(rest, out);
                default -> throw new UsageException("unknown command '" + args[0] + "'; use train or bench");
            };
        } catch (UsageException | ExperimentException e) {
            err.println("error: " + e.getMessage());
            return USAGE_ERROR;
        } catch (OutOfMemoryError e) {
            err.println("error: not enough memory for this experiment; make the network or the dataset smaller");
            return USAGE_ERROR;
        }
    }

    /** A command line that does not make sense; the message says which argument and why. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}

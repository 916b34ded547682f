package com.nnplayground.cli;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.Preset;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.StopReason;
import com.nnplayground.engine.Training;
import com.nnplayground.dataset.ImportLimits;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.ExperimentJson;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.Recommendation;
import com.nnplayground.results.PredictionRow;
import com.nnplayground.results.PredictionRows;
import com.nnplayground.results.Scores;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code train EXPERIMENT.json} or {@code train --preset NAME} (a preset with the page's settings for it), with
 * {@code --repeat N} to time N identical runs: runs the experiment and prints one JSON result.
 */
final class TrainCommand {
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final int MAX_REPEAT = 1000;
    private static final String USAGE = "usage: train EXPERIMENT.json | train --preset NAME, then optionally --repeat N";

    private TrainCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        String preset = null;
        int repeat = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--preset" -> preset = value(args, ++i, "--preset");
                case "--repeat" -> repeat = repeat(value(args, ++i, "--repeat"));
                default -> {
                    if (file != null || args[i].startsWith("--")) {
                        throw new Cli.UsageException(args[i].startsWith("--") ? "unknown option '" + args[i] + "'; " + USAGE : USAGE);
                    }
                    file = args[i];
                }
            }
        }
        if ((file == null) == (preset == null)) {
            throw new Cli.UsageException(USAGE);
        }
        PreparedExperiment prepared = PreparedExperiment.of(file != null ? ExperimentJson.read(readFile(Path.of(file)),
                ImportLimits.COMMAND_LINE)
                : presetExperiment(preset));

        double[] seconds = new double[repeat];
        Training training = null;
        double[] loss = new double[prepared.config().iterations()];
        for (int r = 0; r < repeat; r++) {
            training = prepared.newTraining();
            long start = System.nanoTime();
            prepared.schedule().run(training, loss.length, (iteration, value) -> loss[iteration - 1] = value, () -> false);
            seconds[r] = (System.nanoTime() - start) / 1e9;
        }
        print(prepared, training, loss, seconds, out);
        if (training.stopReason() == StopReason.DIVERGED) {
            err.println("error: training diverged at iteration " + training.iterationsDone()
                    + " (the loss became infinite or NaN); lower training.learningRate");
            return 1;
        }
        return 0;
    }

    private static void print(PreparedExperiment prepared, Training training, double[] loss, double[] seconds,
                              PrintStream out) {
        Network trained = training.network();
        EncodedDataset data = prepared.data();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode result = mapper.createObjectNode();
        result.put("iterations", training.iterationsDone());
        result.put("stopReason", training.stopReason().name().toLowerCase());
        result.put("finalLoss", training.lastLoss());
        double[][] predictions = trained.predict(data.x());
        result.set("predictions", mapper.valueToTree(data.inTargetUnits(predictions)));
        boolean classes = data.kind().isClassification();
        if (classes) {
            result.set("classes", mapper.valueToTree(data.classes()));
            var predicted = result.putArray("predictedClasses");
            for (PredictionRow row : PredictionRows.of(prepared, predictions)) {
                predicted.add(row.predictedClass());
            }
        }
        score(result, data, predictions, false);
        if (data.testCount() > 0) {
            ArrayNode test = result.putArray("testRows");
            for (int r = 0; r < data.test().length; r++) {
                if (data.test()[r]) {
                    test.add(r);
                }
            }
            score(result, data, predictions, true);
        }
        result.set("seconds", mapper.valueToTree(seconds));
        result.set("loss", mapper.valueToTree(java.util.Arrays.copyOf(loss, training.iterationsDone())));
        result.set("weights", mapper.valueToTree(trained.weights()));
        if (trained.biases() != null) {
            result.set("biases", mapper.valueToTree(trained.biases()));
        }
        out.println(result.toString());
    }

    /** trainingAccuracy / testAccuracy for classes, trainingR2 / testR2 for numbers; left out when undefined. */
    private static void score(ObjectNode result, EncodedDataset data, double[][] predictions, boolean testRows) {
        boolean classes = data.kind().isClassification();
        double value = classes ? Scores.accuracy(data, predictions, testRows) : Scores.rSquared(data, predictions, testRows);
        if (Double.isFinite(value)) {
            result.put((testRows ? "test" : "training") + (classes ? "Accuracy" : "R2"), value);
        }
    }

    private static Experiment presetExperiment(String id) {
        Preset preset;
        try {
            preset = Preset.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException("--preset: " + e.getMessage());
        }
        return Recommendation.forPreset(preset).experiment(preset.dataset());
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new Cli.UsageException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }

    private static int repeat(String text) {
        int n;
        try {
            n = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > MAX_REPEAT) {
            throw new Cli.UsageException("--repeat: expected a whole number from 1 to " + MAX_REPEAT + ", got '" + text + "'");
        }
        return n;
    }

    private static String readFile(Path path) {
        try {
            if (!Files.isRegularFile(path)) {
                throw new Cli.UsageException("cannot read '" + path + "': no such file");
            }
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new Cli.UsageException("'" + path + "' is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Cli.UsageException("cannot read '" + path + "': " + e.getMessage());
        }
    }
}

package com.nnplayground.cli;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.StopReason;
import com.nnplayground.engine.Training;
import com.nnplayground.dataset.ImportLimits;
import com.nnplayground.experiment.ExperimentJson;
import com.nnplayground.experiment.PreparedExperiment;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code train EXPERIMENT.json}: runs the experiment and prints one JSON result. */
final class TrainCommand {
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private TrainCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            throw new Cli.UsageException("usage: train EXPERIMENT.json");
        }
        PreparedExperiment prepared = PreparedExperiment.of(ExperimentJson.read(readFile(Path.of(args[0])),
                ImportLimits.COMMAND_LINE));
        Training training = prepared.newTraining();
        double[] loss = new double[prepared.config().iterations()];
        training.run(loss.length, (iteration, value) -> loss[iteration - 1] = value, () -> false);

        Network trained = training.network();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode result = mapper.createObjectNode();
        result.put("iterations", training.iterationsDone());
        result.put("stopReason", training.stopReason().name().toLowerCase());
        result.put("finalLoss", training.lastLoss());
        double[][] predictions = trained.predict(prepared.data().x());
        result.set("predictions", mapper.valueToTree(predictions));
        if (prepared.data().kind().isClassification()) {
            result.set("classes", mapper.valueToTree(prepared.data().classes()));
            var predicted = result.putArray("predictedClasses");
            for (double[] p : predictions) {
                predicted.add(prepared.data().classOf(p));
            }
        }
        result.set("loss", mapper.valueToTree(java.util.Arrays.copyOf(loss, training.iterationsDone())));
        result.set("weights", mapper.valueToTree(trained.weights()));
        if (trained.biases() != null) {
            result.set("biases", mapper.valueToTree(trained.biases()));
        }
        out.println(result.toString());
        if (training.stopReason() == StopReason.DIVERGED) {
            err.println("error: training diverged at iteration " + training.iterationsDone()
                    + " (the loss became infinite or NaN); lower training.learningRate");
            return 1;
        }
        return 0;
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

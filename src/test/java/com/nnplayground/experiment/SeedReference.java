package com.nnplayground.experiment;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/**
 * The seed experiment with NumPy's starting weights, and what NumPy trains it to. Every number was printed
 * once by src/test/resources/reference/seed_reference.py (numpy_reference.py's loop verbatim: the seed's XOR
 * table, 3-4-1 sigmoid, no biases, SSE, learning rate 1, 1500 full-batch iterations) from
 * {@code np.random.default_rng(0)}'s first draws {@code random((3, 4))} and {@code random((4, 1))}; Python's
 * {@code repr} prints the shortest decimal that reads back as the same double, so the literals are exact.
 */
public final class SeedReference {

    public static final double[][] W1 = {
            {0.6369616873214543, 0.2697867137638703, 0.04097352393619469, 0.016527635528529094},
            {0.8132702392002724, 0.9127555772777217, 0.6066357757671799, 0.7294965609839984},
            {0.5436249914654229, 0.9350724237877682, 0.8158535541215322, 0.002738500170148095}};
    public static final double[][] W2 = {
            {0.8574042765875693}, {0.033585575305464355}, {0.7296554464299441}, {0.17565562060255901}};

    public static final double[] PREDICTIONS =
            {0.017425995133931747, 0.9745861995229742, 0.9846705319920662, 0.022693090896644282};
    public static final double LOSS_ITERATION_1 = 1.3324750059843928;
    public static final double LOSS_ITERATION_1500 = 0.001700994407527545;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SeedReference() {
    }

    /** The seed experiment with NumPy's starting weights, as an experiment file. */
    public static String experimentJson() {
        return edited(root -> { });
    }

    /** The seed experiment's file (NumPy's weights included) after {@code edit} changed its JSON tree. */
    public static String edited(Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(ExperimentJson.write(Experiment.seedArticle()));
            ((ObjectNode) root.get("network")).set("weights", MAPPER.valueToTree(new double[][][] {W1, W2}));
            edit.accept(root);
            return MAPPER.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

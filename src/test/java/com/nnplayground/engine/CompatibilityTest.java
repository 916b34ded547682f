package com.nnplayground.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Nonsense pairings of output and loss are explained; sensible ones pass. */
class CompatibilityTest {

    @Test
    void softmax_with_one_output_is_explained() {
        assertProblemMentions(output(Activation.SOFTMAX, 1), Loss.CROSS_ENTROPY, "softmax needs at least 2 outputs");
    }

    @Test
    void cross_entropy_without_softmax_is_explained() {
        assertProblemMentions(output(Activation.SIGMOID, 3), Loss.CROSS_ENTROPY, "needs a softmax output, not sigmoid");
    }

    @Test
    void bce_without_sigmoid_is_explained() {
        assertProblemMentions(output(Activation.LINEAR, 1), Loss.BCE, "needs a sigmoid output, not linear");
    }

    @Test
    void softmax_with_squared_errors_says_to_use_cross_entropy() {
        assertProblemMentions(output(Activation.SOFTMAX, 3), Loss.SSE, "use cross_entropy, not sse");
        assertProblemMentions(output(Activation.SOFTMAX, 3), Loss.MSE, "use cross_entropy, not mse");
        assertProblemMentions(output(Activation.SOFTMAX, 3), Loss.BCE, "for softmax use cross_entropy");
    }

    @Test
    void sensible_pairs_have_no_problem() {
        assertEquals(Optional.empty(), Compatibility.problem(Architecture.seedNetwork(), Loss.SSE));
        assertEquals(Optional.empty(), Compatibility.problem(output(Activation.LINEAR, 2), Loss.MSE));
        assertEquals(Optional.empty(), Compatibility.problem(output(Activation.SIGMOID, 2), Loss.BCE));
        assertEquals(Optional.empty(), Compatibility.problem(output(Activation.SOFTMAX, 3), Loss.CROSS_ENTROPY));
    }

    static Architecture output(Activation activation, int outputs) {
        return new Architecture(2, new int[] {4}, outputs, Activation.TANH, activation, true);
    }

    static void assertProblemMentions(Architecture architecture, Loss loss, String expected) {
        Optional<String> problem = Compatibility.problem(architecture, loss);
        assertTrue(problem.isPresent(), "expected a problem with " + architecture + " and " + loss.id());
        assertTrue(problem.get().contains(expected), "problem was: " + problem.get());
    }
}

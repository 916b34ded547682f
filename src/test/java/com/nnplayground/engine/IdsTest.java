package com.nnplayground.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The ids forms, files and the CLI use read back to the same constants. */
class IdsTest {

    @Test
    void ids_are_the_documented_lower_case_names() {
        assertArrayEquals(new String[] {"sigmoid", "tanh", "relu", "leaky_relu", "linear", "softmax"},
                Arrays.stream(Activation.values()).map(Activation::id).toArray());
        assertArrayEquals(new String[] {"sse", "mse", "bce", "cross_entropy"},
                Arrays.stream(Loss.values()).map(Loss::id).toArray());
        assertArrayEquals(new String[] {"uniform", "xavier", "he"}, Arrays.stream(Init.values()).map(Init::id).toArray());
        assertArrayEquals(new String[] {"sgd", "momentum", "adam"},
                Arrays.stream(OptimizerKind.values()).map(OptimizerKind::id).toArray());
    }

    @Test
    void every_id_reads_back_to_its_constant() {
        Arrays.stream(Activation.values()).forEach(a -> assertEquals(a, Activation.fromId(a.id())));
        Arrays.stream(Loss.values()).forEach(l -> assertEquals(l, Loss.fromId(l.id())));
        Arrays.stream(Init.values()).forEach(i -> assertEquals(i, Init.fromId(i.id())));
        Arrays.stream(OptimizerKind.values()).forEach(o -> assertEquals(o, OptimizerKind.fromId(o.id())));
    }

    @Test
    void an_unknown_id_lists_the_allowed_ones() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activation.fromId("Sigmoid"));

        assertEquals("Unknown activation 'Sigmoid'; allowed: sigmoid, tanh, relu, leaky_relu, linear, softmax",
                e.getMessage());
        assertEquals("Unknown loss 'x'; allowed: sse, mse, bce, cross_entropy",
                assertThrows(IllegalArgumentException.class, () -> Loss.fromId("x")).getMessage());
    }
}

package com.nnplayground.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.dataset.DatasetEncoder;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.Preset;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Network;
import org.junit.jupiter.api.Test;

/** The text alternatives say what the pictures show. */
class DescriptionsTest {

    @Test
    void a_network_that_splits_the_plane_left_and_right_is_said_to_do_so() {
        EncodedDataset data = DatasetEncoder.encode(Preset.CIRCLES.dataset());
        Architecture architecture = new Architecture(2, new int[0], 1, Activation.SIGMOID, Activation.SIGMOID, false);
        Network rightIsOne = Network.of(architecture, new double[][][] {{{20}, {0}}}, null);
        PictureScene scene = PictureScene.of(data, "y", InputPlane.of(data), architecture);

        String text = Descriptions.outputMap(scene, PictureFrame.of(scene, rightIsOne).output());

        assertThat(text).startsWith("Map of 200 rows over x1 (")
                .contains("Rows: class 0 as orange circles, class 1 as blue squares.")
                .containsPattern("The network predicts (0 on 5\\d % of it, on the left; 1 on 4\\d % of it, on the right"
                        + "|1 on 5\\d % of it, on the right; 0 on 4\\d % of it, on the left)\\.");
    }

    @Test
    void a_class_inside_a_ring_is_in_the_middle_and_the_ring_around_the_edges() {
        assertThat(Descriptions.where(0.01, -0.02, 0.3, 0.77)).isEqualTo("in the middle");
        assertThat(Descriptions.where(0.0, 0.05, 1.0, 0.77)).isEqualTo("around the edges");
        assertThat(Descriptions.where(-0.5, 0.5, 0.8, 0.77)).isEqualTo("on the upper left");
        assertThat(Descriptions.where(0.0, -0.6, 0.8, 0.77)).isEqualTo("at the bottom");
    }

    @Test
    void the_diagram_names_its_layers_and_the_scale_of_its_lines() {
        EncodedDataset data = DatasetEncoder.encode(Preset.CIRCLES.dataset());
        Architecture architecture = new Architecture(2, new int[] {8}, 1, Activation.TANH, Activation.SIGMOID, true);
        PictureScene scene = PictureScene.of(data, "y", InputPlane.of(data), architecture);

        assertThat(Descriptions.diagram(scene, 2)).isEqualTo("Network 2-8-1, with biases: inputs x1, x2;"
                + " hidden layer 1: 8 tanh neurons; output P(y = 1) (sigmoid). Each line is a weight: blue"
                + " positive, orange negative, the thicker the larger (the thickest is |w| = 2). Each neuron shows its"
                + " own output over x1 and x2.");
    }

    @Test
    void classes_beyond_eight_keep_a_look_of_their_own() {
        assertThat(ClassMarks.of(0)).isEqualTo("orange circles");
        assertThat(ClassMarks.of(8)).isEqualTo("orange squares");
        assertThat(ClassMarks.of(9)).isEqualTo("blue triangles");
    }
}

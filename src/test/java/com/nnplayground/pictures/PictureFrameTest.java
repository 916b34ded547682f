package com.nnplayground.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.DatasetEncoder;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.EncodingOptions;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pictures' numbers against the network itself: each cell and each neuron map is a forward pass. */
class PictureFrameTest {

    /** 2-2-1, tanh then sigmoid, biases: small enough to follow by hand. */
    private static Network tiny() {
        Architecture architecture = new Architecture(2, new int[] {2}, 1, Activation.TANH, Activation.SIGMOID, true);
        return Network.of(architecture, new double[][][] {{{1.5, -2}, {0.5, 3}}, {{2.5}, {-1.5}}},
                new double[][] {{0.1, -0.2}, {0.3}});
    }

    private static EncodedDataset circles() {
        return DatasetEncoder.encode(Preset.CIRCLES.dataset());
    }

    @Test
    void each_cell_of_the_output_map_is_the_networks_output_at_the_cells_centre() {
        EncodedDataset data = circles();
        InputPlane plane = InputPlane.of(data);
        Network network = tiny();
        PictureScene scene = PictureScene.of(data, "y", plane, network.architecture());

        OutputPicture output = PictureFrame.of(scene, network).output();

        int n = PictureScene.OUTPUT_CELLS;
        assertThat(output.cells()).hasSize(n * n);
        Axis x = plane.x();
        Axis y = plane.y();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double px = x.min() + (c + 0.5) * (x.max() - x.min()) / n;
                double py = y.max() - (r + 0.5) * (y.max() - y.min()) / n;
                double p = network.predict(new double[] {px, py})[0];
                assertThat(Bytes.step(output.cells()[r * n + c])).as("cell %d,%d", r, c)
                        .isEqualTo((int) Math.round(255 * p));
            }
        }
    }

    @Test
    void the_axes_span_the_data_with_a_margin_in_the_datas_own_units() {
        EncodedDataset data = circles();
        double[] x1 = java.util.Arrays.stream(data.x()).mapToDouble(row -> row[0]).toArray();
        double min = java.util.Arrays.stream(x1).min().orElseThrow();
        double max = java.util.Arrays.stream(x1).max().orElseThrow();

        Axis x = InputPlane.of(data).x();

        assertThat(x.label()).isEqualTo("x1");
        assertThat(x.min()).isCloseTo(min - 0.05 * (max - min), within(1e-12));
        assertThat(x.max()).isCloseTo(max + 0.05 * (max - min), within(1e-12));
    }

    @Test
    void scaled_inputs_are_shown_in_raw_units_and_mapped_as_training_scaled_them() {
        Dataset raw = Preset.CIRCLES.dataset();
        EncodedDataset data = DatasetEncoder.encode(raw, new EncodingOptions(Scaling.STANDARDISE, 0.25, 3));
        InputPlane plane = InputPlane.of(data);

        for (int r = 0; r < 20; r++) {
            double rawX = Double.parseDouble(raw.rows().get(r).get(0));
            double rawY = Double.parseDouble(raw.rows().get(r).get(1));
            assertThat(plane.position(data.x()[r])[0]).as("row %d's x in raw units", r).isCloseTo(rawX, within(1e-9));
            assertThat(plane.input(rawX, rawY)).as("row %d as the network sees it", r)
                    .containsExactly(data.x()[r], within(1e-9));
        }
        assertThat(plane.x().min()).isLessThan(-1).isGreaterThan(-1.5);
    }

    @Test
    void inputs_off_the_axes_are_held_at_their_means_over_the_training_rows_and_the_picture_says_so() {
        EncodedDataset data = DatasetEncoder.encode(threeInputs(), new EncodingOptions(Scaling.NONE, 0.25, 1));
        double mean = java.util.Arrays.stream(data.trainX()).mapToDouble(row -> row[1]).average().orElseThrow();
        double allMean = java.util.Arrays.stream(data.x()).mapToDouble(row -> row[1]).average().orElseThrow();
        assertThat(mean).as("the test rows move the mean, so the test can tell").isNotCloseTo(allMean, within(1e-6));

        InputPlane plane = InputPlane.of(data, 0, 2);

        for (double[] input : plane.grid(8)) {
            assertThat(input[1]).isEqualTo(mean);
        }
        assertThat(plane.x().label()).isEqualTo("a");
        assertThat(plane.y().label()).isEqualTo("c");
        assertThat(plane.heldNote()).isEqualTo("Held at its mean over the training rows: b = " + Format.number(mean) + ".");
    }

    /** 12 rows of a, b, c and a class; b grows with the row so that its training and overall means differ. */
    private static Dataset threeInputs() {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(List.of(Integer.toString(i % 4), Integer.toString(i * i), Integer.toString(i % 3), i % 2 == 0 ? "p" : "q"));
        }
        return new Dataset(List.of("a", "b", "c", "k"), rows, List.of("a", "b", "c"), "k");
    }

    @Test
    void a_neurons_map_is_the_mean_of_its_activation_over_each_block_of_the_grid_on_its_layers_scale() {
        EncodedDataset data = circles();
        InputPlane plane = InputPlane.of(data);
        Network network = tiny();
        PictureScene scene = PictureScene.of(data, "y", plane, network.architecture());

        PictureFrame frame = PictureFrame.of(scene, network);

        int n = PictureScene.OUTPUT_CELLS;
        int p = PictureScene.NEURON_POOL_2D;
        int m = scene.neuronMapSize();
        double[][] grid = plane.grid(n);
        double[][] hidden = network.forward(grid).a(1);
        for (int neuron = 0; neuron < 2; neuron++) {
            for (int block = 0; block < m * m; block++) {
                int br = block / m;
                int bc = block % m;
                double sum = 0;
                for (int r = br * p; r < (br + 1) * p; r++) {
                    for (int c = bc * p; c < (bc + 1) * p; c++) {
                        sum += hidden[r * n + c][neuron];
                    }
                }
                int expected = (int) Math.round(255 * (sum / (p * p) + 1) / 2);
                assertThat(Bytes.step(frame.maps()[neuron * m * m + block])).as("neuron %d block %d", neuron, block)
                        .isEqualTo(expected);
            }
        }
        assertThat(java.util.Arrays.copyOfRange(frame.mapRanges(), 2, 6)).as("tanh, then sigmoid")
                .containsExactly(-1, 1, 0, 1);
        assertThat(frame.mapRanges()[0]).as("the inputs' scale is symmetric").isEqualTo(-frame.mapRanges()[1]);
        assertThat(frame.maps()).hasSize(3 * m * m);
        assertThat(frame.inputMaps()).hasSize(2 * m * m);
    }

    @Test
    void the_drawing_carries_each_weight_each_bias_and_each_activation_of_the_chosen_row() {
        EncodedDataset data = circles();
        Network network = tiny();
        PictureScene scene = PictureScene.of(data, "y", InputPlane.of(data), network.architecture());

        PictureFrame frame = PictureFrame.of(scene, network);
        float[] activations = PictureFrame.activations(scene, network, data.x()[5]);

        assertThat(frame.weights()).containsExactly(1.5f, -2f, 0.5f, 3f, 2.5f, -1.5f);
        assertThat(frame.drawn()).as("all 6 are drawn").isNull();
        assertThat(frame.biases()).containsExactly(0.1f, -0.2f, 0.3f);
        var pass = network.forward(new double[][] {data.x()[5]});
        assertThat(activations).containsExactly((float) data.x()[5][0], (float) data.x()[5][1],
                (float) pass.a(1)[0][0], (float) pass.a(1)[0][1], (float) pass.a(2)[0][0]);
        assertThat(frame.maxAbsWeight()).isEqualTo(3);
    }

    @Test
    void with_more_classes_each_cell_holds_the_predicted_class_and_its_output() {
        EncodedDataset data = DatasetEncoder.encode(Preset.CLUSTERS.dataset());
        Network network = Network.initialise(new Architecture(2, new int[] {5}, 3, Activation.TANH, Activation.SOFTMAX,
                true), Init.XAVIER, 7);
        InputPlane plane = InputPlane.of(data);
        PictureScene scene = PictureScene.of(data, "class", plane, network.architecture());

        OutputPicture output = PictureFrame.of(scene, network).output();

        int n = PictureScene.OUTPUT_CELLS;
        double[][] predicted = network.predict(plane.grid(n));
        for (int i = 0; i < n * n; i++) {
            int best = 0;
            for (int k = 1; k < 3; k++) {
                best = predicted[i][k] > predicted[i][best] ? k : best;
            }
            assertThat(output.classAt(i)).isEqualTo(best);
            assertThat(Bytes.step(output.cells()[n * n + i])).isEqualTo((int) Math.round(255 * predicted[i][best]));
        }
    }

    @Test
    void for_one_input_the_output_is_a_curve_over_the_axis_and_a_number_sits_on_the_targets_range() {
        EncodedDataset data = DatasetEncoder.encode(Preset.SINE.dataset());
        Network network = Network.initialise(new Architecture(1, new int[] {4}, 1, Activation.TANH, Activation.LINEAR,
                true), Init.XAVIER, 3);
        InputPlane plane = InputPlane.of(data);
        PictureScene scene = PictureScene.of(data, "y", plane, network.architecture());

        OutputPicture output = PictureFrame.of(scene, network).output();

        assertThat(plane.twoDimensional()).isFalse();
        int n = PictureScene.CURVE_POINTS;
        assertThat(output.cells()).isNull();
        for (int i = 0; i < n; i++) {
            double x = plane.x().min() + i * (plane.x().max() - plane.x().min()) / (n - 1);
            assertThat(output.curves()[i]).isEqualTo((float) network.predict(new double[] {x})[0]);
        }
        double lowest = java.util.Arrays.stream(data.y()).mapToDouble(y -> y[0]).min().orElseThrow();
        double highest = java.util.Arrays.stream(data.y()).mapToDouble(y -> y[0]).max().orElseThrow();
        assertThat(scene.valueRange()).containsExactly(lowest, highest);
        assertThat(scene.neuronMapBytes()).isEqualTo(n / PictureScene.NEURON_POOL_1D);
    }

    @Test
    void large_layers_show_their_first_neurons_and_say_so() {
        Architecture architecture = new Architecture(20, new int[] {30}, 1, Activation.TANH, Activation.SIGMOID, false);
        EncodedDataset data = wide(20);
        List<String> features = InputPlane.of(data).features();

        DiagramLayout layout = DiagramLayout.of(architecture, features, data, "y");

        assertThat(layout.columns()).extracting(c -> c.shown().length).containsExactly(16, 16, 1);
        assertThat(layout.columns().get(0).labels()).hasSize(16).startsWith("f0", "f1");
        assertThat(layout.candidateLines()).isEqualTo(16 * 16 + 16);
        assertThat(layout.totalWeights()).isEqualTo(20 * 30 + 30);
        assertThat(layout.notes()).containsExactly("Drawn: the first 16 of the 20 neurons of the inputs.",
                "Drawn: the first 16 of the 30 neurons of the hidden 1 layer.");
    }

    @Test
    void above_the_line_cap_the_largest_weights_are_drawn() {
        Architecture architecture = new Architecture(16, new int[] {16, 16, 16}, 1, Activation.TANH, Activation.SIGMOID,
                false);
        EncodedDataset data = wide(16);
        Network network = Network.initialise(architecture, Init.XAVIER, 11);
        PictureScene scene = PictureScene.of(data, "y", InputPlane.of(data), architecture);

        PictureFrame frame = PictureFrame.of(scene, network);

        assertThat(frame.weights()).hasSize(16 * 16 * 3 + 16);
        assertThat(frame.drawn()).hasSize(DiagramLayout.MAX_LINES).isSorted();
        float smallestDrawn = Float.MAX_VALUE;
        for (int i : frame.drawn()) {
            smallestDrawn = Math.min(smallestDrawn, Math.abs(frame.weights()[i]));
        }
        for (int i = 0; i < frame.weights().length; i++) {
            if (java.util.Arrays.binarySearch(frame.drawn(), i) < 0) {
                assertThat(Math.abs(frame.weights()[i])).as("left-out weight %d", i).isLessThanOrEqualTo(smallestDrawn);
            }
        }
        assertThat(scene.layout().notes()).anyMatch(note -> note.startsWith("Lines: the 600 largest weights"));
    }

    @Test
    void a_network_too_large_to_map_is_drawn_without_maps() {
        Architecture architecture = new Architecture(2, new int[] {120, 100}, 1, Activation.TANH, Activation.SIGMOID,
                false);
        EncodedDataset data = circles();
        Network network = Network.initialise(architecture, Init.XAVIER, 1);
        PictureScene scene = PictureScene.of(data, "y", InputPlane.of(data), architecture);

        PictureFrame frame = PictureFrame.of(scene, network);

        assertThat(scene.mapped()).isFalse();
        assertThat(frame.output()).isNull();
        assertThat(frame.maps()).isEmpty();
        assertThat(frame.weights()).hasSize(2 * 16 + 16 * 16 + 16);
    }

    /** Rows of {@code inputs} numeric columns f0.. and a 0/1 target. */
    private static EncodedDataset wide(int inputs) {
        List<String> columns = new java.util.ArrayList<>();
        for (int f = 0; f < inputs; f++) {
            columns.add("f" + f);
        }
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int r = 0; r < 6; r++) {
            List<String> row = new java.util.ArrayList<>();
            for (int f = 0; f < inputs; f++) {
                row.add(Integer.toString((r * 7 + f) % 5));
            }
            row.add(Integer.toString(r % 2));
            rows.add(row);
        }
        List<String> all = new java.util.ArrayList<>(columns);
        all.add("y");
        return DatasetEncoder.encode(new Dataset(all, rows, columns, "y"));
    }
}

package com.nnplayground.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The digits' inputs are known to be an 8x8 picture of 0-16 intensities, by their names alone. */
class PixelGridTest {

    @Test
    void the_digits_inputs_are_an_8x8_picture_of_0_to_16() {
        Dataset data = Preset.DIGITS.dataset();
        PixelGrid grid = PixelGrid.of(data).orElseThrow();

        assertThat(grid.height()).isEqualTo(8);
        assertThat(grid.width()).isEqualTo(8);
        assertThat(grid.maxValue()).isEqualTo(16);
        List<String> first = data.rows().get(0);
        double[] expected = first.subList(0, 64).stream().mapToDouble(Double::parseDouble).toArray();
        assertThat(grid.image(first)).containsExactly(expected);
    }

    @Test
    void the_picture_is_found_by_name_wherever_the_pixel_columns_stand() {
        Dataset digits = Preset.DIGITS.dataset();
        List<String> columns = reversed(digits.columns());
        List<List<String>> rows = digits.rows().stream().map(PixelGridTest::reversed).toList();
        Dataset reversed = new Dataset(columns, rows, columns.subList(1, 65), "digit", true);

        PixelGrid grid = PixelGrid.of(reversed).orElseThrow();

        assertThat(grid.image(reversed.rows().get(0))).containsExactly(
                PixelGrid.of(digits).orElseThrow().image(digits.rows().get(0)));
    }

    private static List<String> reversed(List<String> cells) {
        List<String> copy = new ArrayList<>(cells);
        Collections.reverse(copy);
        return copy;
    }

    @Test
    void tables_whose_inputs_are_not_a_whole_grid_of_pixels_have_no_picture() {
        Dataset digits = Preset.DIGITS.dataset();
        Dataset missingOne = new Dataset(digits.columns(), digits.rows(), digits.inputs().subList(1, 64), "digit", true);

        assertThat(PixelGrid.of(Preset.IRIS.dataset())).isEmpty();
        assertThat(PixelGrid.of(Preset.XOR_SEED.dataset())).isEmpty();
        assertThat(PixelGrid.of(missingOne)).isEmpty();
    }

    @Test
    void a_32x32_drawing_is_reduced_to_counts_of_ink_in_4x4_blocks() {
        PixelGrid grid = PixelGrid.of(Preset.DIGITS.dataset()).orElseThrow();
        boolean[][] ink = new boolean[32][32];
        for (int y = 0; y < 4; y++) {
            Arrays.fill(ink[y], 0, 4, true);
        }
        ink[31][31] = true;
        ink[5][9] = true;
        ink[6][10] = true;

        int[] counts = grid.countBlocks(ink);

        assertThat(counts).hasSize(64);
        assertThat(counts[0]).isEqualTo(16);
        assertThat(counts[63]).isEqualTo(1);
        assertThat(counts[8 + 2]).isEqualTo(2);
        assertThat(Arrays.stream(counts).sum()).isEqualTo(19);
    }

    @Test
    void a_bitmap_that_does_not_divide_into_the_grid_is_refused() {
        PixelGrid grid = PixelGrid.of(Preset.DIGITS.dataset()).orElseThrow();

        assertThatThrownBy(() -> grid.countBlocks(new boolean[30][32])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("30-row");
    }
}

package com.nnplayground.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A drawing becomes the dataset's 8x8 grid of 0-16 counts, placed and inked as the dataset's digits are. */
class DigitDrawingTest {
    private final PixelGrid grid = PixelGrid.of(Preset.DIGITS.dataset()).orElseThrow();

    /**
     * A straight stroke down the pad is placed at x = 16 from y = 2 to 30 of the 32x32 bitmap; inking 310 pixels
     * would take a pen wider than the largest, so it is drawn 4 px either side: bitmap columns 12-19, i.e. blocks 3
     * and 4 whole (every pixel centre within 4 px, the round ends included), blocks 2 and 5 untouched (their nearest
     * centres are 4.5 px away).
     */
    @Test
    void a_stroke_straight_down_fills_the_two_middle_columns_and_nothing_else() {
        int[] pixels = DigitDrawing.reduce(grid, new double[][] {{0.5, 0.1, 0.5, 0.5, 0.5, 0.9}});

        int[] row = {0, 0, 0, 16, 16, 0, 0, 0};
        int[] expected = IntStream.range(0, 64).map(p -> row[p % 8]).toArray();
        assertThat(pixels).containsExactly(expected);
    }

    @Test
    void where_and_how_large_the_digit_is_drawn_does_not_matter() {
        double[][] large = {{0.2, 0.1, 0.8, 0.1, 0.4, 0.9}};
        double[][] small = {{0.6, 0.7, 0.66, 0.7, 0.62, 0.78}};

        assertThat(DigitDrawing.reduce(grid, small)).containsExactly(DigitDrawing.reduce(grid, large));
    }

    @Test
    void a_drawn_zero_inks_about_as_much_as_the_datasets_digits_and_spans_their_rows_not_their_edge_columns() {
        double[] circle = new double[2 * 41];
        for (int i = 0; i <= 40; i++) {
            circle[2 * i] = 0.5 + 0.3 * Math.cos(i * Math.PI / 20);
            circle[2 * i + 1] = 0.5 + 0.4 * Math.sin(i * Math.PI / 20);
        }

        int[] pixels = DigitDrawing.reduce(grid, new double[][] {circle});

        assertThat(Arrays.stream(pixels).sum()).as("310 inked pixels, within the rounding of the pen").isBetween(290, 330);
        assertThat(Arrays.stream(pixels)).allMatch(v -> v >= 0 && v <= 16);
        for (int r = 0; r < 8; r++) {
            assertThat(pixels[r * 8]).as("column 0 of row " + r).isZero();
            assertThat(pixels[r * 8 + 7]).as("column 7 of row " + r).isZero();
            assertThat(Arrays.stream(pixels, 8 * r, 8 * r + 8).sum()).as("row " + r).isPositive();
        }
        assertThat(pixels[3 * 8 + 3] + pixels[3 * 8 + 4]).as("the hole in the middle").isLessThan(8);
    }

    @Test
    void nothing_drawn_is_all_zeros_and_a_tap_is_a_dot_in_the_middle() {
        assertThat(DigitDrawing.reduce(grid, new double[0][])).containsOnly(0);

        int[] dot = DigitDrawing.reduce(grid, new double[][] {{0.3, 0.3}});

        assertThat(dot[3 * 8 + 3]).isPositive();
        assertThat(dot[4 * 8 + 4]).isPositive();
        assertThat(dot[0]).isZero();
    }

    @Test
    void a_drawing_no_hand_makes_is_refused_with_what_is_wrong() {
        assertThatThrownBy(() -> DigitDrawing.reduce(grid, new double[][] {new double[2 * DigitDrawing.MAX_POINTS + 2]}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("points");
        assertThatThrownBy(() -> DigitDrawing.reduce(grid, new double[][] {{0.1, Double.NaN}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a number");
        assertThatThrownBy(() -> DigitDrawing.reduce(grid, new double[][] {{0.1, 0.2, 0.3}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("an x and a y");
    }
}

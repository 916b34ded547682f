package com.nnplayground.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nnplayground.dataset.Preset;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.Recommendation;
import com.nnplayground.results.PredictionRow;
import com.nnplayground.training.TrainingOutcome;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The digits after a run with the page's settings: pictures, the mistakes, a 10x10 matrix and a pad to draw on. */
class DigitsResultsTest {
    private static PreparedExperiment digits;
    private static TrainingOutcome run;
    private PredictionsPanel panel;

    @BeforeAll
    static void train() {
        digits = PreparedExperiment.of(Recommendation.forPreset(Preset.DIGITS).experiment(Preset.DIGITS.dataset()));
        run = PredictionsPanelTest.seedRun(digits);
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        panel = new PredictionsPanel();
        panel.finished(digits, run);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private List<PredictionRow> testRows() {
        return panel.rows().stream().filter(PredictionRow::test).toList();
    }

    @Test
    void the_mistakes_view_lists_exactly_the_test_rows_the_network_gets_wrong() {
        List<PredictionRow> wrong = testRows().stream().filter(r -> !r.actualClass().equals(r.predictedClass())).toList();

        assertThat(wrong).as("a trained network still gets a few wrong").isNotEmpty().hasSizeLessThan(30);
        assertThat(panel.mistakes.mistakes()).containsExactlyElementsOf(wrong);
        assertThat(panel.mistakes.cards.getChildren().count()).isEqualTo(wrong.size());
        assertThat(panel.mistakes.caption.getText()).startsWith("The " + wrong.size() + " of the " + testRows().size()
                + " test rows it gets wrong");
        PredictionRow first = wrong.getFirst();
        assertThat(panel.mistakes.cards.getChildren().findFirst().orElseThrow().getElement().getChild(0)
                .getAttribute("pixels")).hasSize(64)
                .isEqualTo(String.join("", digits.experiment().dataset().rows().get(first.row() - 1).subList(0, 64)
                        .stream().map(v -> Integer.toString(Integer.parseInt(v), 17)).toList()));
    }

    @Test
    void the_confusion_matrix_is_ten_by_ten_and_its_counts_sum_to_the_test_rows() {
        @SuppressWarnings("unchecked")
        Grid<int[]> matrix = panel.confusion.grid;
        assertThat(matrix.getListDataView().getItemCount()).isEqualTo(10);
        assertThat(matrix.getColumns()).hasSize(12);
        int total = 0;
        int diagonal = 0;
        for (int actual = 0; actual < 10; actual++) {
            for (int predicted = 0; predicted < 10; predicted++) {
                total += panel.confusion.count(actual, predicted);
            }
            diagonal += panel.confusion.count(actual, actual);
        }
        assertThat(total).isEqualTo(testRows().size()).isBetween(355, 365);
        assertThat(diagonal).isEqualTo(testRows().size() - panel.mistakes.mistakes().size());
    }

    @Test
    void a_confusion_cell_is_shaded_by_its_share_of_its_row_right_or_wrong() {
        int[] row = {18, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0};

        assertThat(ConfusionMatrix.heat(row, 0, 10)).isEqualTo("right-5");
        assertThat(ConfusionMatrix.heat(row, 2, 10)).isEqualTo("wrong-1");
        assertThat(ConfusionMatrix.heat(row, 1, 10)).isEqualTo("wrong-0");
    }

    @Test
    void the_predictions_show_one_picture_for_the_64_pixels_and_the_true_and_predicted_digit() {
        assertThat(panel.grid.getColumns()).extracting(Grid.Column::getHeaderText).containsExactly("row", "set",
                "8x8 image (pixel_0_0 … pixel_7_7)", "target: digit", "predicted class", "p(predicted class)",
                "error", "result");
        assertThat(panel.csv().lines().findFirst().orElseThrow()).contains("pixel_0_0", "pixel_7_7", "p(0)", "p(9)");
    }

    @Test
    void a_stroke_straight_down_shows_as_the_two_middle_columns_and_the_network_answers_with_ten_probabilities() {
        DigitPad pad = panel.tryInput.drawing.pad;
        assertThat(panel.tryInput.drawing.isVisible()).isTrue();
        assertThat(pad.getId()).hasValue("draw-digit");

        pad.drawn(new double[][] {{0.5, 0.1, 0.5, 0.5, 0.5, 0.9}});

        int[] row = {0, 0, 0, 16, 16, 0, 0, 0};
        assertThat(pad.pixels()).containsExactly(IntStream.range(0, 64).map(p -> row[p % 8]).toArray());
        assertThat(pad.probabilities()).hasSize(10);
        assertThat(Arrays.stream(pad.probabilities()).sum()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(pad.getElement().getPropertyRaw("pixels")).isNotNull();
        assertThat(panel.tryInput.result.getText()).startsWith("Drawn: Output: ").contains("→ class ");
    }

    @Test
    void the_64_fields_are_made_when_opened_and_show_the_drawing() {
        TryInputPanel tryInput = panel.tryInput;
        tryInput.drawing.pad.drawn(new double[][] {{0.5, 0.1, 0.5, 0.9}});
        assertThat(tryInput.fields.getChildren().count()).as("not made before they are asked for").isZero();

        tryInput.typed.setOpened(true);

        List<TextField> fields = tryInput.fields.getChildren().map(TextField.class::cast).toList();
        assertThat(fields).hasSize(64);
        assertThat(fields.get(3).getAriaLabel()).hasValue("pixel_0_3");
        assertThat(fields.stream().map(TextField::getValue).toList().subList(0, 8))
                .containsExactly("0", "0", "0", "16", "16", "0", "0", "0");
    }

    @Test
    void clear_forgets_the_drawing_and_a_drawing_no_hand_makes_keeps_the_last_answer_and_says_why() {
        DigitPad pad = panel.tryInput.drawing.pad;
        pad.drawn(new double[][] {{0.5, 0.1, 0.5, 0.9}});
        int[] drawn = pad.pixels();

        pad.drawn(new double[][] {{0.5, Double.NaN}});

        assertThat(pad.pixels()).containsExactly(drawn);
        assertThat(pad.problem()).contains("not a number", "Clear");

        com.github.mvysny.kaributesting.v10.ButtonKt._click(panel.tryInput.drawing.clear);

        assertThat(pad.pixels()).isEmpty();
        assertThat(pad.probabilities()).isEmpty();
        assertThat(pad.problem()).isEmpty();
    }
}

package com.nnplayground.playground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.results.PredictionRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.nnplayground.numbers.ui.NumberInput;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bringing your own data: paste, proposals, class labels, one-hot inputs, scaling and a test split. */
class OwnDataViewTest extends PlaygroundTestBase {

    /** Three separable flower species with four measurements, as a spreadsheet would export them. */
    static String flowers(int rows, long seed) {
        Random random = new Random(seed);
        String[] names = {"setosa", "versicolor", "virginica"};
        double[][] centres = {{5.0, 3.4, 1.5, 0.2}, {5.9, 2.8, 4.3, 1.3}, {6.6, 3.0, 5.6, 2.0}};
        StringBuilder csv = new StringBuilder("sepal_length,sepal_width,petal_length,petal_width,species\n");
        for (int r = 0; r < rows; r++) {
            int k = r % 3;
            for (double c : centres[k]) {
                csv.append(String.format("%.2f,", c + 0.15 * random.nextGaussian()));
            }
            csv.append(names[k]).append('\n');
        }
        return csv.toString();
    }

    private void paste(String csv) {
        LocatorJ._get(view, TextArea.class, spec -> spec.withId("csv-paste")).setValue(csv);
        _click(LocatorJ._get(view, Button.class, spec -> spec.withId("csv-apply")));
    }

    private void testShare(int percent) {
        LocatorJ._get(view, NumberInput.class, spec -> spec.withId("test-share")).setValue(Integer.toString(percent));
    }

    @SuppressWarnings("unchecked")
    private Select<Scaling> scaling() {
        return LocatorJ._get(view, Select.class, spec -> spec.withId("scaling"));
    }

    @Test
    void three_labelled_classes_get_softmax_and_cross_entropy_and_the_page_says_what_changed() {
        paste(flowers(150, 1));
        assertThat(outputActivation().getValue()).isEqualTo(Activation.SOFTMAX);
        assertThat(loss().getValue()).isEqualTo(Loss.CROSS_ENTROPY);
        assertThat(optimizer().getValue()).isEqualTo(OptimizerKind.ADAM);
        assertThat(scaling().getValue()).as("inputs reach 6.9: far outside [0, 1]").isEqualTo(Scaling.STANDARDISE);
        assertThat(byId(Div.class, "settings-note").getText()).contains("3 classes", "Changed:", "output: sigmoid → softmax",
                "loss: sse → cross_entropy", "scaling: none → standardise");
    }

    @Test
    void a_test_split_trains_on_the_rest_and_reports_both_accuracies_and_a_confusion_matrix() {
        paste(flowers(150, 2));
        testShare(20);
        trainAndWait();

        assertThat(summary().getText()).contains("test loss", "on training rows", "on test rows",
                "(30 of 30) on test rows");
        long testRows = predictionRows().stream().filter(PredictionRow::test).count();
        assertThat(testRows).isEqualTo(30);
        assertThat(predictionsGrid().getColumns()).extracting(Grid.Column::getHeaderText)
                .contains("set", "p(setosa)", "p(versicolor)", "p(virginica)", "predicted class");
        @SuppressWarnings("unchecked")
        Grid<int[]> matrix = byId(Grid.class, "confusion-matrix");
        assertThat(byId(Div.class, "confusion-caption").getText()).isEqualTo("On the 30 test rows (never trained on).");
        int total = 0;
        for (int a = 0; a < 3; a++) {
            int[] counts = matrix.getListDataView().getItem(a);
            for (int p = 0; p < 3; p++) {
                total += counts[p];
            }
            assertThat(counts[a]).as("each class has 10 test rows, all right").isEqualTo(10);
        }
        assertThat(total).isEqualTo(30);
        assertThat(view.chart.points()).anyMatch(p -> p.hasTestLoss());
    }

    @Test
    void the_test_rows_are_the_same_for_the_same_seed_and_stratified() {
        paste(flowers(90, 3));
        testShare(30);
        trainAndWait();
        List<Integer> first = predictionRows().stream().filter(PredictionRow::test).map(PredictionRow::row).toList();
        trainAndWait();
        List<Integer> second = predictionRows().stream().filter(PredictionRow::test).map(PredictionRow::row).toList();
        assertThat(second).isEqualTo(first);
        for (String species : List.of("setosa", "versicolor", "virginica")) {
            assertThat(predictionRows().stream().filter(r -> r.test() && r.target().equals(species))).hasSize(9);
        }
    }

    @Test
    void a_text_input_is_one_hot_encoded_and_try_an_input_offers_its_values() {
        paste("size,colour,fruit\n1.0,green,apple\n1.2,red,apple\n7.5,green,melon\n8.0,yellow,melon\n"
                + "1.1,red,apple\n7.9,yellow,melon\n");
        assertThat(outputActivation().getValue()).as("two classes").isEqualTo(Activation.SIGMOID);
        assertThat(loss().getValue()).isEqualTo(Loss.BCE);
        trainAndWait();
        assertThat(summary().getText()).contains("accuracy 100.0 % (6 of 6)");

        @SuppressWarnings("unchecked")
        Select<String> colour = (Select<String>) tryInputs().stream()
                .filter(Select.class::isInstance).findFirst().orElseThrow();
        assertThat(colour.getListDataView().getItems()).containsExactly("green", "red", "yellow");
        TextField size = (TextField) tryInputs().stream().filter(TextField.class::isInstance)
                .findFirst().orElseThrow();
        size.setValue("7.7");
        colour.setValue("yellow");
        _click(tryPredict());
        assertThat(tryResult().getText()).endsWith("class melon");
    }

    @Test
    void numbers_to_predict_get_a_linear_output_and_mean_squared_error() {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i / 10.0).append(',').append(2 * i / 10.0 + 1).append('\n');
        }
        paste(csv.toString());
        assertThat(outputActivation().getValue()).isEqualTo(Activation.LINEAR);
        assertThat(loss().getValue()).isEqualTo(Loss.MSE);
        trainAndWait();
        assertThat(summary().getText()).doesNotContain("accuracy");
        LocatorJ._assertNone(view, Grid.class, spec -> spec.withId("confusion-matrix"));
    }

    @Test
    void a_bad_paste_keeps_the_dataset_and_the_settings() {
        paste("a,b\n1,2\n3\n");
        assertThat(view.editor.current().dataset().columns()).containsExactly("x1", "x2", "x3", "y");
        assertThat(loss().getValue()).isEqualTo(Loss.SSE);
        trainAndWait();
        assertThat(summary().getText()).contains("accuracy 100.0 % (4 of 4)");
    }
}

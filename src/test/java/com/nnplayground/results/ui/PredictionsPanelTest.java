package com.nnplayground.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.Training;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.TrainingOutcome.End;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The results panel after the seed's run: its CSV export and how it writes a loss. */
class PredictionsPanelTest {
    private PredictionsPanel panel;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        panel = new PredictionsPanel();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** The seed's 1,500 iterations, trained here on the test thread, as a finished run. */
    static TrainingOutcome seedRun(PreparedExperiment prepared) {
        Training training = prepared.newTraining();
        training.run(prepared.config().iterations(), (iteration, loss) -> { }, () -> false);
        Network network = training.network();
        return new TrainingOutcome(End.COMPLETED, "Trained.", network, network.predict(prepared.data().x()),
                training.iterationsDone(), training.lastLoss(), Double.NaN);
    }

    @Test
    void predictions_export_as_csv_with_a_header_and_one_line_per_row() {
        PreparedExperiment prepared = PreparedExperiment.of(Experiment.seedArticle());
        panel.finished(prepared, seedRun(prepared));
        String[] lines = panel.csv().split("\r\n");
        assertThat(lines[0]).isEqualTo("row,x1,x2,x3,y,prediction,error,set,predicted_class,correct");
        assertThat(lines).hasSize(5);
        assertThat(lines[2]).startsWith("2,0,1,1,1,0.9").contains(",training,1,true");
    }

    @Test
    void clearing_after_a_run_goes_back_to_not_trained_yet() {
        PreparedExperiment prepared = PreparedExperiment.of(Experiment.seedArticle());
        panel.finished(prepared, seedRun(prepared));
        assertThat(panel.summary.getText()).contains("accuracy 100.0 % (4 of 4)");
        assertThat(panel.export.isEnabled()).isTrue();

        panel.cleared();

        assertThat(panel.rows()).isEmpty();
        assertThat(panel.grid.isVisible()).isFalse();
        assertThat(panel.confusion.isVisible()).isFalse();
        assertThat(panel.export.isEnabled()).isFalse();
        assertThat(panel.summary.getText()).isEqualTo("Not trained yet: press Train.");
    }

}

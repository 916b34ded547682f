package com.nnplayground.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nnplayground.engine.Training;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code training.rateChanges}: read, written, refused with the field named, and trained as recorded. */
class RateChangesFileTest {

    private static String withChanges(String changes) {
        return SeedReference.edited(root -> {
            try {
                root.withObjectProperty("training").set("rateChanges", ExperimentJson.MAPPER.readTree(changes));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void rate_changes_read_back_as_written_and_a_rate_left_out_stays_as_it_was() {
        Experiment e = ExperimentJson.read(withChanges("""
                [{"iteration": 301, "learningRate": 0.5}, {"iteration": 900, "l2": 0.001}]"""));

        assertThat(e.training().rateChanges()).containsExactly(new RateChange(301, 0.5, 0), new RateChange(900, 0.5, 0.001));
        assertThat(ExperimentJson.read(ExperimentJson.write(e)).training()).isEqualTo(e.training());
    }

    @Test
    void a_file_without_rate_changes_is_written_without_the_field() {
        assertThat(ExperimentJson.write(Experiment.seedArticle())).doesNotContain("rateChanges");
    }

    @Test
    void bad_rate_changes_are_refused_with_the_field_named() {
        assertRefused("{\"iteration\": 5}", "training.rateChanges: expected a list");
        assertRefused("[{\"learningRate\": 0.5}]", "training.rateChanges[0].iteration: missing");
        assertRefused("[{\"iteration\": 1, \"learningRate\": 0.5}]", "training.rateChanges[0].iteration: must be from 2 to"
                + " training.iterations (1500), got 1; the rates of iteration 1 are training.learningRate and training.l2");
        assertRefused("[{\"iteration\": 1501}]", "training.rateChanges[0].iteration: must be from 2");
        assertRefused("[{\"iteration\": 400}, {\"iteration\": 400}]",
                "training.rateChanges[1].iteration: must come after the change before it (iteration 400), got 400");
        assertRefused("[{\"iteration\": 400, \"learningRate\": 0}]", "training.rateChanges[0].learningRate: must be greater than 0");
        assertRefused("[{\"iteration\": 400, \"l2\": -1}]", "training.rateChanges[0].l2: must be 0 or more");
        assertRefused("[{\"iteration\": 400, \"rate\": 1}]", "training.rateChanges[0].rate: unknown field");
        assertRefused("[3]", "training.rateChanges[0]: expected an object");
    }

    @Test
    void a_recorded_schedule_trains_each_stretch_at_its_own_rates() {
        PreparedExperiment prepared = PreparedExperiment.of(ExperimentJson.read(withChanges("""
                [{"iteration": 301, "learningRate": 0.25}, {"iteration": 1001, "learningRate": 2, "l2": 0.0001}]""")));
        Training scheduled = prepared.newTraining();
        List<Double> rates = new ArrayList<>();
        prepared.schedule().run(scheduled, 1500, (i, loss) -> rates.add(scheduled.learningRate()), null);

        Training byHand = prepared.newTraining();
        byHand.run(300, null, null);
        byHand.changeRates(0.25, 0);
        byHand.run(700, null, null);
        byHand.changeRates(2, 0.0001);
        byHand.run(500, null, null);

        assertThat(scheduled.iterationsDone()).isEqualTo(1500);
        assertThat(scheduled.network().weights()).isDeepEqualTo(byHand.network().weights());
        assertThat(rates.get(299)).isEqualTo(1.0);
        assertThat(rates.get(300)).isEqualTo(0.25);
        assertThat(rates.get(1000)).isEqualTo(2.0);
    }

    @Test
    void a_change_made_during_the_run_is_recorded_at_the_next_iteration_and_replaces_what_was_still_to_come() {
        PreparedExperiment prepared = PreparedExperiment.of(ExperimentJson.read(withChanges("""
                [{"iteration": 301, "learningRate": 0.25}, {"iteration": 1001, "learningRate": 2}]""")));
        Training training = prepared.newTraining();
        RateSchedule schedule = prepared.schedule();
        schedule.run(training, 500, null, null);

        RateChange live = schedule.change(training, 0.1, 0.01);

        assertThat(live).isEqualTo(new RateChange(501, 0.1, 0.01));
        assertThat(schedule.plan()).containsExactly(new RateChange(301, 0.25, 0), live);
        schedule.change(training, 0.2, 0.01);
        assertThat(schedule.plan()).as("two changes before one iteration: the later one holds")
                .containsExactly(new RateChange(301, 0.25, 0), new RateChange(501, 0.2, 0.01));
        schedule.run(training, 1000, null, null);
        assertThat(training.learningRate()).as("the recorded change at 1001 no longer applies").isEqualTo(0.2);
    }

    private static void assertRefused(String changes, String messageStart) {
        assertThatThrownBy(() -> ExperimentJson.read(withChanges(changes)))
                .isInstanceOf(ExperimentException.class).hasMessageStartingWith(messageStart);
    }
}

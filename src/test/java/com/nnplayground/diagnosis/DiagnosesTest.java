package com.nnplayground.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.nnplayground.diagnosis.Diagnosis.Kind;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Network;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Each note on a constructed run that must raise it, and on one that must not. */
class DiagnosesTest {

    static final double[][] XOR_X = {{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1}};

    /** A run of {@code n} iterations whose loss is {@code loss(i)}, 1-based, without test rows. */
    static LossHistory run(int n, IntToDoubleFunction loss) {
        return run(n, loss, null);
    }

    static LossHistory run(int n, IntToDoubleFunction loss, IntToDoubleFunction test) {
        int[] iterations = new int[n];
        double[] losses = new double[n];
        double[] tests = test == null ? null : new double[n];
        for (int i = 0; i < n; i++) {
            iterations[i] = i + 1;
            losses[i] = loss.applyAsDouble(i + 1);
            if (tests != null) {
                tests[i] = (i + 1) % 10 == 0 ? test.applyAsDouble(i + 1) : Double.NaN;
            }
        }
        LossHistory history = new LossHistory();
        history.add(iterations, losses, tests);
        return history;
    }

    static List<Kind> kinds(LossHistory history) {
        return Diagnoses.of(history, null, null, null).stream().map(Diagnosis::kind).toList();
    }

    /** The seed's curve, roughly: falling fast, then slowly, to a small loss. */
    static final IntToDoubleFunction LEARNING = i -> 0.002 + Math.exp(-i / 150.0);

    @Test
    void a_run_that_learns_gets_no_note() {
        assertThat(kinds(run(1500, LEARNING, i -> 0.01 + Math.exp(-i / 150.0)))).isEmpty();
    }

    @Test
    void a_loss_stuck_high_over_the_last_quarter_is_a_plateau() {
        List<Diagnosis> notes = Diagnoses.of(run(1000, i -> i < 100 ? 1.0 - i / 400.0 : 0.75), null, null, null);

        assertThat(notes).extracting(Diagnosis::kind).containsExactly(Kind.PLATEAU);
        assertThat(notes.get(0).finding()).contains("last 250 iterations");
    }

    @Test
    void a_loss_that_got_small_and_stays_there_has_converged_not_stalled() {
        assertThat(kinds(run(1000, i -> i < 100 ? 1.0 - i / 100.5 : 0.005))).doesNotContain(Kind.PLATEAU);
    }

    @Test
    void a_short_run_has_no_trend_yet() {
        assertThat(kinds(run(20, i -> 0.75))).isEmpty();
    }

    @Test
    void a_loss_going_up_and_down_says_the_rate_is_too_high() {
        assertThat(kinds(run(400, i -> 0.5 + (i % 2 == 0 ? 0.2 : -0.2) - i / 4000.0))).contains(Kind.RATE_TOO_HIGH);
    }

    @Test
    void small_noise_on_a_falling_loss_is_not_a_rate_too_high() {
        assertThat(kinds(run(400, i -> Math.exp(-i / 100.0) * (1 + (i % 2 == 0 ? 0.001 : 0)))))
                .doesNotContain(Kind.RATE_TOO_HIGH);
    }

    @Test
    void a_loss_that_has_arrived_and_spikes_by_a_little_is_not_a_rate_too_high() {
        // fallen from 1 to 0.002, then up by half of that every 25th iteration and straight back: rises of about 2 %
        // of the fall, as Adam's spikes at a noise floor
        IntToDoubleFunction spiking = i -> LEARNING.applyAsDouble(i) * (i > 1000 && i % 25 == 0 ? 1.5 : 1);

        assertThat(kinds(run(1500, spiking))).doesNotContain(Kind.RATE_TOO_HIGH);
        // the same spikes on a loss that has not fallen are the bouncing the note is about
        assertThat(kinds(run(1500, i -> 0.002 * (i % 25 == 0 ? 1.5 : 1)))).contains(Kind.RATE_TOO_HIGH);
    }

    @Test
    void a_loss_that_bounces_without_getting_lower_is_the_rate_not_a_plateau() {
        // the last quarter starts and ends at 0.6: no progress, so on its own a plateau ("try a higher rate")
        List<Kind> kinds = kinds(run(400, i -> 0.5 + (i % 2 == 0 ? 0.1 : -0.1)));

        assertThat(kinds).containsExactly(Kind.RATE_TOO_HIGH);
    }

    @Test
    void a_plateau_of_saturated_units_points_at_them_not_at_a_higher_rate() {
        List<Diagnosis> notes = Diagnoses.of(run(1000, i -> i < 100 ? 1.0 - i / 400.0 : 0.75),
                scaled(Architecture.seedNetwork(), 20), XOR_X, null);

        assertThat(notes).extracting(Diagnosis::kind).containsExactly(Kind.SATURATED, Kind.PLATEAU);
        assertThat(notes.get(1).suggestion()).startsWith("The saturated units above are the likely reason")
                .doesNotContain("Try a higher learning rate");
        assertThat(Diagnoses.of(run(1000, i -> i < 100 ? 1.0 - i / 400.0 : 0.75), null, null, null).get(0).suggestion())
                .startsWith("Try a higher learning rate");
    }

    @Test
    void a_convex_loss_that_levels_off_has_reached_its_bottom_not_a_plateau() {
        LossHistory levelled = run(1000, i -> i < 100 ? 1.0 - i / 400.0 : 0.75);
        Architecture linear = new Architecture(3, new int[0], 1, Activation.LINEAR, Activation.LINEAR, true);
        Architecture logistic = new Architecture(3, new int[0], 1, Activation.SIGMOID, Activation.SIGMOID, true);

        assertThat(Objective.convex(linear, Loss.MSE)).isTrue();
        assertThat(Objective.convex(logistic, Loss.BCE)).isTrue();
        assertThat(Objective.convex(logistic, Loss.SSE)).as("the seed's loss on a sigmoid").isFalse();
        assertThat(Objective.convex(Architecture.seedNetwork(), Loss.SSE)).as("a hidden layer").isFalse();
        assertThat(Diagnoses.of(levelled, null, null, null, Objective.of(linear, Loss.MSE, 0))).isEmpty();
        assertThat(Diagnoses.of(levelled, null, null, null, Objective.ANY)).extracting(Diagnosis::kind)
                .containsExactly(Kind.PLATEAU);
    }

    @Test
    void the_penalty_is_half_of_l2_times_the_squared_weights_without_the_biases() {
        Architecture architecture = new Architecture(2, new int[] {1}, 1, Activation.SIGMOID, Activation.SIGMOID, true);
        Network network = Network.of(architecture, new double[][][] {{{1}, {-2}}, {{3}}}, new double[][] {{100}, {100}});

        assertThat(new Objective(false, 0.1).penalty(network)).isCloseTo(0.05 * 14, within(1e-15));
    }

    /** Every weight of the seed's 3-4-1 network 0.5: a penalty of 0.2 at L2 0.1, no unit saturated on XOR. */
    static final Network HALVES = Network.of(Architecture.seedNetwork(), new double[][][] {
            {{0.5, 0.5, 0.5, 0.5}, {0.5, 0.5, 0.5, 0.5}, {0.5, 0.5, 0.5, 0.5}}, {{0.5}, {0.5}, {0.5}, {0.5}}}, null);

    @Test
    void a_loss_that_l2_holds_where_it_has_learnt_is_no_plateau() {
        // fallen from 1 to 0.3 and level: a plateau without L2, but here the penalty (0.2) is two-thirds of the loss
        LossHistory levelled = run(1000, i -> i < 100 ? 1.0 - i * 0.007 : 0.3);
        Objective l2 = new Objective(false, 0.1);

        assertThat(Diagnoses.of(levelled, HALVES, XOR_X, null, l2)).isEmpty();
        assertThat(Diagnoses.of(levelled, HALVES, XOR_X, null, Objective.ANY)).extracting(Diagnosis::kind)
                .containsExactly(Kind.PLATEAU);
        assertThat(Diagnoses.of(levelled, HALVES, XOR_X, null, new Objective(false, 0.001)))
                .as("a penalty of 0.002: not what holds a loss of 0.3").extracting(Diagnosis::kind)
                .containsExactly(Kind.PLATEAU);
        assertThat(Diagnoses.of(levelled, null, null, null, l2)).as("no weights to weigh the penalty yet").isEmpty();
    }

    @Test
    void a_plateau_with_l2_before_the_loss_has_halved_points_at_l2_first() {
        LossHistory stuck = run(1000, i -> i < 100 ? 1.0 - i / 400.0 : 0.75);
        // weights pulled to 0 by an L2 of 1: little penalty left, and nothing learnt
        Network collapsed = scaled(Architecture.seedNetwork(), 0.001);

        for (Network network : new Network[] {collapsed, HALVES, null}) {
            List<Diagnosis> notes = Diagnoses.of(stuck, network, XOR_X, null, new Objective(false, 1));

            assertThat(notes).extracting(Diagnosis::kind).containsExactly(Kind.PLATEAU);
            assertThat(notes.get(0).suggestion()).isEqualTo("Try a lower L2 first: at 1 it may hold the weights back"
                    + " where the network cannot learn. Then a higher learning rate, Adam, more neurons, or another seed.");
        }
        assertThat(Diagnoses.of(stuck, collapsed, XOR_X, null, Objective.ANY).get(0).suggestion())
                .startsWith("Try a higher learning rate");
    }

    @Test
    void a_test_loss_rising_while_the_training_loss_falls_is_overfitting() {
        List<Diagnosis> notes = Diagnoses.of(run(1000, LEARNING, i -> 0.3 + Math.pow((i - 300) / 1000.0, 2)),
                null, null, null);

        assertThat(notes).extracting(Diagnosis::kind).containsExactly(Kind.OVERFITTING);
        assertThat(notes.get(0).suggestion()).contains("Stop around iteration 300");
    }

    @Test
    void a_test_loss_that_levels_off_is_not_overfitting() {
        assertThat(kinds(run(1000, LEARNING, i -> 0.3 + Math.exp(-i / 150.0)))).doesNotContain(Kind.OVERFITTING);
    }

    @Test
    void divergence_is_said_in_the_runs_own_words() {
        List<Diagnosis> notes = Diagnoses.of(run(3, i -> i), null, null, "The loss became infinite at iteration 4.");

        assertThat(notes).extracting(Diagnosis::kind).containsExactly(Kind.DIVERGED);
        assertThat(notes.get(0).finding()).isEqualTo("The loss became infinite at iteration 4.");
        assertThat(kinds(run(3, i -> i))).doesNotContain(Kind.DIVERGED);
    }

    @Test
    void sigmoid_units_with_large_weights_are_saturated_and_small_weights_are_not() {
        Architecture architecture = Architecture.seedNetwork();

        assertThat(unitKinds(scaled(architecture, 20), XOR_X)).containsExactly(Kind.SATURATED);
        assertThat(unitKinds(scaled(architecture, 0.5), XOR_X)).isEmpty();
    }

    @Test
    void tanh_units_saturate_too_but_relu_units_do_not() {
        Architecture tanh = new Architecture(3, new int[] {4}, 1, Activation.TANH, Activation.SIGMOID, false);
        Architecture relu = new Architecture(3, new int[] {4}, 1, Activation.RELU, Activation.SIGMOID, false);

        assertThat(unitKinds(scaled(tanh, 20), XOR_X)).containsExactly(Kind.SATURATED);
        assertThat(unitKinds(scaled(relu, 20), XOR_X)).doesNotContain(Kind.SATURATED);
    }

    @Test
    void a_relu_unit_negative_on_every_row_is_dead() {
        Architecture relu = new Architecture(3, new int[] {4}, 1, Activation.RELU, Activation.SIGMOID, false);
        double[][][] weights = scaled(relu, 1).weights();
        weights[0][0][2] = -1;
        weights[0][1][2] = -1;
        weights[0][2][2] = -1;
        List<Diagnosis> notes = Diagnoses.of(run(2, i -> 1), Network.of(relu, weights, null), XOR_X, null);

        assertThat(notes).extracting(Diagnosis::kind).containsExactly(Kind.DEAD_RELU);
        assertThat(notes.get(0).finding()).startsWith("1 of 4 ReLU units are dead");
        assertThat(unitKinds(scaled(relu, 1), XOR_X)).doesNotContain(Kind.DEAD_RELU);
    }

    @Test
    void a_few_dead_units_among_many_are_no_note_but_a_quarter_is() {
        Architecture relu = new Architecture(3, new int[] {8}, 1, Activation.RELU, Activation.SIGMOID, false);
        double[][][] weights = scaled(relu, 1).weights();
        for (int i = 0; i < 3; i++) {
            weights[0][i][5] = -1;
        }
        assertThat(unitKinds(Network.of(relu, weights, null), XOR_X)).doesNotContain(Kind.DEAD_RELU);

        for (int i = 0; i < 3; i++) {
            weights[0][i][6] = -1;
        }
        List<Diagnosis> notes = Diagnoses.of(run(2, i -> 1), Network.of(relu, weights, null), XOR_X, null);
        assertThat(notes).extracting(Diagnosis::kind).containsExactly(Kind.DEAD_RELU);
        assertThat(notes.get(0).finding()).startsWith("2 of 8 ReLU units are dead");
    }

    static List<Kind> unitKinds(Network network, double[][] x) {
        return Diagnoses.of(run(2, i -> 1), network, x, null).stream().map(Diagnosis::kind).toList();
    }

    /** The uniform [0, 1) start times {@code factor}: positive weights, so every unit is active on every row. */
    static Network scaled(Architecture architecture, double factor) {
        double[][][] weights = Network.initialise(architecture, Init.UNIFORM, 0).weights();
        for (double[][] layer : weights) {
            for (double[] row : layer) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = (row[j] + 0.25) * factor;
                }
            }
        }
        return Network.of(architecture, weights, null);
    }
}

package com.nnplayground.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One browser's and the server's share of the heap: what fits is held, what does not is refused in words. */
class MemoryBudgetTest {
    private static final long MB = 1 << 20;
    private final MemoryBudget budget = MemoryBudget.ofHeap(512 * MB, 12, 60);
    private final Object alice = new Object();
    private final Object bob = new Object();

    @Test
    void the_shares_come_from_the_heap() {
        assertThat(budget.sessionBytes()).isBetween(61 * MB, 62 * MB);
        assertThat(budget.serverBytes()).isBetween(307 * MB, 308 * MB);
    }

    @Test
    void a_browser_over_its_share_is_told_which_limit_and_by_how_much_and_keeps_what_it_held() {
        budget.reserve(alice, 20 * MB, "This page", "");
        assertThatThrownBy(() -> budget.reserve(alice, 50 * MB, "This table (10,000 rows x 200 columns)",
                "Use fewer rows or columns."))
                .isInstanceOf(OverBudgetException.class)
                .hasMessage("This table (10,000 rows x 200 columns) needs about 50 MB of the server's memory, more than"
                        + " one browser may use on this server: 61 MB for all its tabs, 20 MB of it in use already"
                        + " (over by 8.6 MB). Use fewer rows or columns.");
        assertThat(budget.held(alice)).isEqualTo(20 * MB);
        assertThat(budget.held()).isEqualTo(20 * MB);
    }

    @Test
    void the_server_over_its_share_says_so_and_when_to_try_again() {
        for (int i = 0; i < 5; i++) {
            budget.reserve(new Object(), 60 * MB, "This run", "");
        }
        assertThatThrownBy(() -> budget.reserve(bob, 10 * MB, "This run", "Use fewer rows or neurons."))
                .isInstanceOf(OverBudgetException.class)
                .hasMessageStartingWith("The server's memory is too full for this run: it needs about 10 MB, and 7.2 MB"
                        + " of the 307 MB the server gives its pages is free (over by 2.8 MB). Try again in a minute.")
                .hasMessageEndingWith("Use fewer rows or neurons.");
        assertThat(budget.held(bob)).isZero();
    }

    @Test
    void data_in_place_of_data_counts_only_what_it_adds() {
        MemoryBudget.Reservation data = budget.open(alice);
        data.hold(40 * MB);
        budget.check(alice, 55 * MB, data.bytes(), "This table", "");
        assertThatThrownBy(() -> budget.check(alice, 55 * MB, 0, "This table", ""))
                .isInstanceOf(OverBudgetException.class);
    }

    @Test
    void closing_a_reservation_or_ending_a_session_frees_it_once() {
        MemoryBudget.Reservation run = budget.reserve(alice, 30 * MB, "This run", "");
        budget.reserve(alice, 10 * MB, "This page", "");
        run.close();
        run.close();
        assertThat(budget.held(alice)).isEqualTo(10 * MB);
        MemoryBudget.Reservation late = budget.reserve(alice, 5 * MB, "This run", "");
        budget.releaseAll(alice);
        late.close();
        late.hold(7 * MB);
        assertThat(budget.held(alice)).isZero();
        assertThat(budget.held()).isZero();
        assertThat(budget.fits(budget.serverBytes())).isTrue();
    }
}

package com.nnplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SliceQueueTest {

    @Test
    void new_runs_first_slices_go_ahead_of_the_runs_already_going_which_keep_their_turns() {
        SliceQueue queue = new SliceQueue(10);
        Runnable a = () -> { };
        Runnable b = () -> { };
        FirstSlice newRun = new FirstSlice(() -> { });
        FirstSlice newerRun = new FirstSlice(() -> { });
        queue.offer(a);
        queue.offer(b);
        queue.offer(newRun);
        queue.offer(newerRun);
        assertThat(queue).containsExactly(newerRun, newRun, a, b);
    }

    @Test
    void it_is_bounded() {
        SliceQueue queue = new SliceQueue(1);
        assertThat(queue.offer(() -> { })).isTrue();
        assertThat(queue.offer(new FirstSlice(() -> { }))).isFalse();
    }
}

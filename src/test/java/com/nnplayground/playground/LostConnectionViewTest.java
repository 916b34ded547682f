package com.nnplayground.playground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;

/** A page whose connection drops mid-run: its run leaves the pool and goes on when the page is back. */
class LostConnectionViewTest extends PlaygroundTestBase {

    private boolean poolIdle() {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) executor;
        return pool.getActiveCount() == 0 && pool.getQueue().isEmpty();
    }

    @Test
    void a_run_waits_without_a_thread_while_its_page_is_offline_and_goes_on_when_it_is_back() {
        iterations().setValue("10000000");
        train();
        await(() -> view.chart.points().size() > 10);

        push.connected = false;
        await(this::poolIdle);
        int iterations = view.chart.points().get(view.chart.points().size() - 1).iteration();
        assertThat(service.activeRuns()).as("the run waits, it is not over").isEqualTo(1);
        assertThat(view.controls.stop.isEnabled()).isTrue();

        push.connected = true;
        await(() -> view.chart.points().get(view.chart.points().size() - 1).iteration() > iterations);
        _click(view.controls.stop);
        await(() -> view.controls.train.isEnabled());
        assertThat(view.controls.status.getText()).startsWith("Stopped at iteration");
        assertThat(service.activeRuns()).isZero();
    }
}

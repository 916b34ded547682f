package com.nnplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.training.TrainingOutcome.End;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs whose page has gone without a word: they leave the pool, go on when the page is back, stop when it is not. */
class UnwatchedRunTest {
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>());

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    /** A recorder whose page can go away and come back, and says so to its run as a real page does. */
    static final class Page extends TrainingServiceTest.Recorder {
        TrainingJob job;

        void leave() {
            job.setWatched(false);
        }

        void comeBack() {
            job.setWatched(true);
        }
    }

    private TrainingService service(int unwatchedSeconds) {
        PlaygroundLimits d = PlaygroundLimits.defaults();
        return new TrainingService(pool, Runnable::run, new PlaygroundLimits(d.maxIterations(), d.maxNeuronsPerLayer(),
                d.maxHiddenLayers(), d.maxRows(), d.maxRunSeconds(), d.maxActiveRuns(), d.maxUploadBytes(),
                d.maxColumns(), d.maxRunsPerSession(), unwatchedSeconds, d.maxClasses()), new TrainingMetrics());
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s for: " + what).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /** Starts a long run for the page's browser, waits for its first point, then the page goes away. */
    private static TrainingJob startThenLose(TrainingService service, Page page, Object browser) throws Exception {
        page.job = service.start(TrainingServiceTest.seed(10_000_000), page, browser);
        page.firstProgress.get(10, TimeUnit.SECONDS);
        page.leave();
        return page.job;
    }

    private boolean poolIdle() {
        return pool.getActiveCount() == 0 && pool.getQueue().isEmpty();
    }

    @Test
    void a_run_whose_page_went_away_frees_its_thread_and_goes_on_when_the_page_is_back() throws Exception {
        TrainingService service = service(30);
        Page page = new Page();
        TrainingJob job = startThenLose(service, page, new Object());
        await("the run leaves the pool", () -> job.waiting() && poolIdle());
        int stoppedAt = job.iterationsDone();
        Thread.sleep(300);
        assertThat(job.iterationsDone()).as("no training while nobody watches").isEqualTo(stoppedAt);
        assertThat(job.running()).isTrue();
        assertThat(service.activeRuns()).isEqualTo(1);

        page.comeBack();
        await("the run goes on", () -> job.iterationsDone() > stoppedAt);
        job.cancel();
        assertThat(page.awaitOutcome().end()).isEqualTo(End.STOPPED);
        assertThat(service.activeRuns()).isZero();
    }

    @Test
    void a_run_nobody_watches_for_the_grace_period_stops_in_plain_words_and_frees_its_slot() throws Exception {
        TrainingService service = service(1);
        Page page = new Page();
        Object browser = new Object();
        long gone = System.nanoTime();
        startThenLose(service, page, browser);

        TrainingOutcome outcome = page.awaitOutcome();
        assertThat((System.nanoTime() - gone) / 1e9).as("seconds until it stopped").isBetween(1.0, 5.0);
        assertThat(outcome.end()).isEqualTo(End.UNWATCHED);
        assertThat(outcome.message()).matches("Stopped at iteration [\\d,]+ of 10,000,000: this page lost its"
                + " connection to the server for over 1 seconds, so the run stopped\\. The results show the network"
                + " as it was then\\.");
        assertThat(outcome.predictions()).hasDimensions(4, 1);
        assertThat(service.activeRuns()).isZero();
        Page next = new Page();
        service.start(TrainingServiceTest.seed(1500), next, browser);
        assertThat(next.awaitOutcome().end()).isEqualTo(End.COMPLETED);
    }

    @Test
    void a_new_run_from_the_same_browser_ends_its_run_that_waits_for_a_lost_page() throws Exception {
        TrainingService service = service(30);
        Object browser = new Object();
        Page lost = new Page();
        TrainingJob old = startThenLose(service, lost, browser);
        await("the lost page's run waits", old::waiting);

        Page reopened = new Page();
        service.start(TrainingServiceTest.seed(1500), reopened, browser);

        assertThat(lost.awaitOutcome().end()).isEqualTo(End.UNWATCHED);
        assertThat(reopened.awaitOutcome().end()).isEqualTo(End.COMPLETED);
        assertThat(service.activeRuns()).isZero();
    }

    @Test
    void stop_pressed_while_the_page_was_away_ends_the_run_as_stopped() throws Exception {
        TrainingService service = service(30);
        Page page = new Page();
        TrainingJob job = startThenLose(service, page, new Object());
        await("the run waits", job::waiting);

        job.cancel();

        assertThat(page.awaitOutcome().end()).isEqualTo(End.STOPPED);
        assertThat(service.activeRuns()).isZero();
    }
}

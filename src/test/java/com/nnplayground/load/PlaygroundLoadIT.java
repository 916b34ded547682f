package com.nnplayground.load;

import static com.nnplayground.load.Report.mb;
import static com.nnplayground.load.Report.ms;
import static com.nnplayground.load.Report.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "Everyone, press Train now": the production jar on its own JVM, and 40 real browser sessions (headless
 * Chromium, {@value #BROWSERS} processes of {@value #PAGES_PER_BROWSER} contexts) pressing Train at the
 * same instant. Run with {@code load/run.sh} ({@code ./mvnw -Pproduction,load verify}); it takes minutes,
 * so the default build leaves it out. Functional limits are asserted; speed figures are reported in
 * target/load-report.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlaygroundLoadIT {
    static final int BROWSERS = 4;
    static final int PAGES_PER_BROWSER = 10;
    static final int SESSIONS = BROWSERS * PAGES_PER_BROWSER;
    /** How long one run of the rounds takes alone on an idle server. */
    static final double RUN_SECONDS = Double.parseDouble(System.getProperty("load.runSeconds", "2"));
    static final int ROUNDS = Integer.getInteger("load.rounds", 3);
    /** Longer than a page may ask for by default: the test's server allows it, so the run outlasts every measurement. */
    static final int LONG_RUN = 200_000_000;
    /** How long the server lets a run wait for a page that went without a word (its default). */
    static final int UNWATCHED_SECONDS = 30;
    private static final Pattern SPEED = Pattern.compile("Iteration ([\\d,]+) of [\\d,]+ · ([\\d,]+) iterations/s");

    private final Report report = new Report();
    private final CpuSplit cpus = new CpuSplit();
    private final List<BrowserWorker> workers = new ArrayList<>();
    private Path jar;
    private ServerProcess server;
    private BrowserWorker solo;
    /** Iterations per second of one run alone, wall clock, as the page shows them progress. */
    private double soloSpeed = Double.NaN;

    @BeforeAll
    void startServerAndBrowsers() throws Exception {
        jar = ServerProcess.productionJar();
        cpus.pinHarness();
        // A short session timeout and heartbeat so that closed tabs' sessions end within the test
        server = ServerProcess.start(cpus.serverPrefix(), jar, "1g", List.of("--server.servlet.session.timeout=1m",
                "--vaadin.heartbeatInterval=20", "--playground.training.threads=" + cpus.serverCores(),
                "--playground.limits.max-iterations=" + LONG_RUN,
                "--playground.limits.max-unwatched-seconds=" + UNWATCHED_SECONDS));
        report.note("Server: " + jar.getFileName() + ", -Xmx1g, training threads: "
                + server.diagnostics(false).get("trainingThreads") + "; session timeout 1 min and heartbeat 20 s so"
                + " closed tabs' sessions end during the test; " + cpus.describe());
        solo = new BrowserWorker("browser-solo");
        solo.submit(w -> {
            w.open(server.url(), 1);
            return null;
        }).join();
        for (int i = 0; i < BROWSERS; i++) {
            workers.add(new BrowserWorker("browser-" + i));
        }
    }

    @AfterAll
    void stopEverything() throws Exception {
        try {
            report.write();
        } finally {
            for (BrowserWorker worker : workers) {
                worker.close();
            }
            if (solo != null) {
                solo.close();
            }
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    @Order(1)
    void in_app_figures_on_an_idle_server() throws Exception {
        solo.submit(w -> {
            Page page = w.pages.get(0);
            Probe.setFullSpeed(page);
            List<Double> firstPoints = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                page.click("#train");
                page.waitForFunction("() => window.__probe.done !== null");
                firstPoints.add(Probe.firstPointMillis(Probe.read(page)));
            }
            report.add("First chart point after Train, idle server, seed XOR (p50 / max of 10)",
                    ms(percentile(firstPoints, 50)) + " / " + ms(Report.max(firstPoints)), "< 300 ms");

            List<Double> idleTrips = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                idleTrips.add(Probe.logScaleRoundTripMillis(page));
            }
            report.add("UI round trip, idle server (p50 / p95 of 20)",
                    ms(percentile(idleTrips, 50)) + " / " + ms(percentile(idleTrips, 95)), "");

            Probe.setIterations(page, LONG_RUN);
            page.click("#train");
            page.waitForTimeout(1500);
            double[] before = progress(page);
            double t0 = ((Number) page.evaluate("() => performance.now()")).doubleValue();
            page.waitForTimeout(3000);
            double[] after = progress(page);
            double t1 = ((Number) page.evaluate("() => performance.now()")).doubleValue();
            @SuppressWarnings("unchecked")
            List<Number> pushes = (List<Number>) Probe.read(page).get("pushes");
            long inWindow = pushes.stream().mapToDouble(Number::doubleValue).filter(t -> t >= t0 && t < t1).count();
            if (page.isEnabled("#stop")) {
                page.click("#stop");
            }
            page.waitForFunction("() => window.__probe.done !== null");
            assertThat(after[0]).as("the run is still going at the end of the window").isLessThan(LONG_RUN);
            soloSpeed = (after[0] - before[0]) / ((t1 - t0) / 1000);
            report.add("Chart updates (pushes) per second during a long run", String.format("%.1f", inWindow / ((t1 - t0) / 1000)),
                    "5 to 20");
            report.add("App speed, seed XOR 3-4-1, long run: iterations/s shown / by wall clock",
                    String.format("%,.0f / %,.0f", after[1], soloSpeed), "");
            return null;
        }).join();
        // As long as the app's window (a few seconds of training), on the server's cores
        JsonNode bench = ServerProcess.bench(cpus.serverPrefix(), jar, "--layers", "3,4,1", "--samples", "4",
                "--iterations", "10000000", "--lr", "1");
        double cli = bench.get("iterations_per_second").asDouble();
        report.add("CLI speed, bench --layers 3,4,1 --samples 4 --iterations 10000000 --lr 1",
                String.format("%,.0f iterations/s (app by wall clock: %.0f %% of it)", cli, 100 * soloSpeed / cli),
                "app within 10 %");
    }

    /** {iterations done, iterations/s shown} from #progress-text. */
    private static double[] progress(Page page) {
        Matcher m = SPEED.matcher(page.textContent("#progress-text"));
        if (!m.find()) {
            throw new IllegalStateException("No progress in: " + page.textContent("#progress-text"));
        }
        return new double[] {Double.parseDouble(m.group(1).replace(",", "")), Double.parseDouble(m.group(2).replace(",", ""))};
    }

    @Test
    @Order(2)
    void memory_per_idle_session_and_per_session_with_a_finished_run() throws Exception {
        JsonNode start = server.diagnostics(true);
        openEverywhere();
        JsonNode idle = server.diagnostics(true);
        double perIdle = (idle.get("heapUsedBytes").asDouble() - start.get("heapUsedBytes").asDouble()) / SESSIONS;
        onEveryWorker(w -> {
            w.pages.forEach(page -> page.click("#train"));
            w.pages.forEach(page -> page.waitForFunction("() => window.__probe.done !== null"));
        });
        JsonNode trained = server.diagnostics(true);
        double perTrained = (trained.get("heapUsedBytes").asDouble() - start.get("heapUsedBytes").asDouble()) / SESSIONS;
        report.add("Heap per idle session (" + SESSIONS + " sessions, after GC)", String.format("%.0f KB", perIdle / 1024), "< 1 MB");
        report.add("Heap per session with a finished seed XOR run", String.format("%.0f KB", perTrained / 1024), "");
        onEveryWorker(BrowserWorker::closeAll);
        awaitSessions(start.get("sessionCount").asInt());
        assertThat(perIdle).as("heap per idle session").isLessThan(1024 * 1024);
    }

    @Test
    @Order(3)
    void forty_sessions_press_train_at_once_three_rounds() throws Exception {
        int iterations = (int) Math.max(1500, Math.min(LONG_RUN, Math.round(soloSpeed * RUN_SECONDS / 10_000) * 10_000));
        double idealSeconds = SESSIONS * (iterations / soloSpeed) / cpus.serverCores();
        report.note(String.format("Rounds: %d sessions each train seed XOR for %,d iterations (%.1f s alone);"
                + " ideal for all of them on %d cores: %.1f s", SESSIONS, iterations, iterations / soloSpeed, cpus.serverCores(), idealSeconds));
        int baseSessions = server.diagnostics(false).get("sessionCount").asInt();
        List<Double> heapAfterClose = new ArrayList<>();
        List<Double> trips = new CopyOnWriteArrayList<>();
        // Asserted after all rounds, so that a failing round still leaves the heap figures of the others
        List<Double> allWalls = new ArrayList<>();
        List<Double> serverFirstMax = new ArrayList<>();
        List<Double> lateFirsts = new CopyOnWriteArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            openEverywhere();
            onEveryWorker(w -> w.pages.forEach(page -> {
                Probe.setIterations(page, iterations);
                Probe.setFullSpeed(page);
            }));
            JsonNode beforeRound = server.diagnostics(false);
            long[] machineBefore = MachineCpu.read();
            long at = System.currentTimeMillis() + 1500;
            onEveryWorker(w -> w.pages.forEach(page -> Probe.clickTrainAt(page, at)));
            CompletableFuture<Void> allShowFirst = new CompletableFuture<>();
            CompletableFuture<Void> latency = solo.submit(w -> {
                Page page = w.pages.get(0);
                page.waitForTimeout(Math.max(0, at - System.currentTimeMillis()) + 500);
                for (int i = 0; i < 20; i++) {
                    trips.add(Probe.logScaleRoundTripMillis(page));
                    page.waitForTimeout(250);
                }
                // One more student presses Train while the 40 runs go on, once the 40 pages have settled
                allShowFirst.join();
                for (int i = 0; i < 3; i++) {
                    lateFirsts.add(Probe.trainAndStopAfterFirstPoint(page));
                }
                return null;
            });
            onEveryWorker(w -> w.pages.forEach(page -> page.waitForFunction("() => window.__probe.first !== null")));
            allShowFirst.complete(null);
            List<Map<String, Object>> probes = collectWhenDone();
            latency.join();
            JsonNode afterRuns = server.diagnostics(true);
            report.add("Round " + round + ": CPU during the round: machine busy / the server's share of it",
                    MachineCpu.describe(machineBefore, MachineCpu.read(), afterRuns.get("processCpuNanos").asLong()
                            - beforeRound.get("processCpuNanos").asLong()), "");
            List<Double> firsts = new ArrayList<>();
            List<Double> walls = new ArrayList<>();
            for (Map<String, Object> p : probes) {
                firsts.add(Probe.firstPointMillis(p));
                walls.add(Probe.wallMillis(p));
            }
            onEveryWorker(BrowserWorker::closeAll);
            JsonNode afterClose = awaitSessions(baseSessions);
            heapAfterClose.add(afterClose.get("heapUsedBytes").asDouble());
            report.add("Round " + round + ": runs finished", walls.stream().filter(Double::isFinite).count() + " of " + SESSIONS, "all");
            JsonNode serverFirst = afterRuns.get("firstProgressMillis");
            report.add("Round " + round + ": on the server, Train received to first progress sent (p50 / max of "
                    + serverFirst.get("runs").asInt() + ")", ms(serverFirst.get("p50").asDouble()) + " / "
                    + ms(serverFirst.get("max").asDouble()), "every one < 2 s (fair share)");
            serverFirstMax.add(serverFirst.get("max").asDouble());
            report.add("Round " + round + ": first point after Train on the " + SESSIONS + " pages, the browsers' "
                    + cpus.browserCores() + " core(s) shared by all of them (p50 / max)",
                    ms(percentile(firsts, 50)) + " / " + ms(Report.max(firsts)), "");
            report.add("Round " + round + ": slowest run's wall time / ideal (total work / cores)",
                    String.format("%.1f s / %.1f s (x%.2f)", Report.max(walls) / 1000, idealSeconds, Report.max(walls) / 1000 / idealSeconds), "");
            report.add("Round " + round + ": heap after the runs / after the sessions closed",
                    mb(afterRuns.get("heapUsedBytes").asDouble()) + " / " + mb(afterClose.get("heapUsedBytes").asDouble())
                    + " (sessions left: " + (afterClose.get("sessionCount").asInt() - baseSessions) + ")", "no growth");
            allWalls.addAll(walls);
        }
        report.add("UI round trip during the rounds (p50 / p95 of " + trips.size() + ")",
                ms(percentile(trips, 50)) + " / " + ms(percentile(trips, 95)), "");
        report.add("One more page presses Train while the " + SESSIONS + " runs go on (first point, p50 / max of "
                + lateFirsts.size() + ")", ms(percentile(lateFirsts, 50)) + " / " + ms(Report.max(lateFirsts)), "< 2 s");
        assertThat(allWalls).as("every run shows its outcome").hasSize(ROUNDS * SESSIONS).allMatch(Double::isFinite);
        assertThat(serverFirstMax).as("on the server, every run's first progress within 2 s of Train")
                .allMatch(t -> t <= 2000);
        assertThat(lateFirsts).as("a page pressing Train on the loaded server shows its first point within 2 s")
                .hasSize(3 * ROUNDS).allMatch(t -> t <= 2000);
        // Against round 2: the first round of a fresh server may end lower than the ones after it, once (26-35 MB
        // over five test runs against 34-36 MB for rounds 2 and 3 every time); growth is what repeats every round
        int base = ROUNDS >= 3 ? 1 : 0;
        double allowed = Math.max(heapAfterClose.get(base) * 1.2, heapAfterClose.get(base) + 8 * 1024 * 1024);
        assertThat(heapAfterClose.get(ROUNDS - 1)).as("heap after round %d against round %d", ROUNDS, base + 1)
                .isLessThanOrEqualTo(allowed);
    }

    @Test
    @Order(4)
    void closing_forty_tabs_mid_run_frees_every_training_thread() throws Exception {
        openEverywhere();
        onEveryWorker(w -> w.pages.forEach(page -> {
            Probe.setIterations(page, LONG_RUN);
            Probe.setFullSpeed(page);
        }));
        long at = System.currentTimeMillis() + 1500;
        onEveryWorker(w -> w.pages.forEach(page -> Probe.clickTrainAt(page, at)));
        onEveryWorker(w -> w.pages.forEach(page -> page.waitForFunction("() => window.__probe.first !== null")));
        int running = server.diagnostics(false).get("activeRuns").asInt();
        long closed = System.nanoTime();
        // Polled while the tabs close, so the moments are seen however long the closing takes: when no training
        // thread is busy or queued any more, and when every run has ended (a run whose page went without a word
        // waits, using no thread, up to the unwatched limit for the page to come back)
        long[] threadsFreed = {-1};
        CompletableFuture<Long> runsEnded = CompletableFuture.supplyAsync(() -> {
            try {
                while (System.nanoTime() - closed < (UNWATCHED_SECONDS + 30) * 1e9) {
                    JsonNode d = server.diagnostics(false);
                    if (threadsFreed[0] < 0 && d.get("trainingThreadsBusy").asInt() == 0
                            && d.get("queuedSlices").asInt() == 0) {
                        threadsFreed[0] = System.nanoTime();
                    }
                    if (d.get("activeRuns").asInt() == 0 && threadsFreed[0] > 0) {
                        return System.nanoTime();
                    }
                    Thread.sleep(50);
                }
                return -1L;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // The tabs only, as a student closes one: the browser stays open; close() returns once the tab is gone
        onEveryWorker(w -> w.pages.forEach(Page::close));
        long allClosed = System.nanoTime();
        long endedAt = runsEnded.join();
        onEveryWorker(BrowserWorker::closeAll);
        JsonNode d = server.diagnostics(false);
        double threadsAfterLast = threadsFreed[0] < 0 ? Double.NaN : Math.max(0, (threadsFreed[0] - allClosed) / 1e9);
        report.add("Closing " + SESSIONS + " tabs mid-run (" + running + " runs active): every training thread free"
                        + " (none busy, nothing queued), after the last tab closed",
                threadsFreed[0] < 0 ? String.format("not within %d s (%d threads busy, %d slices queued)",
                        UNWATCHED_SECONDS + 30, d.get("trainingThreadsBusy").asInt(), d.get("queuedSlices").asInt())
                        : String.format("%.2f s (closing the tabs took %.1f s; free %.1f s after the first close)",
                        threadsAfterLast, (allClosed - closed) / 1e9, (threadsFreed[0] - closed) / 1e9), "< 2 s");
        report.add("Closing " + SESSIONS + " tabs mid-run: every run ended, after the last tab closed (a run whose"
                        + " page went without a word waits up to " + UNWATCHED_SECONDS + " s for it)",
                endedAt < 0 ? String.format("not within %d s (%d runs active)", UNWATCHED_SECONDS + 30,
                        d.get("activeRuns").asInt())
                        : String.format("%.1f s", Math.max(0, (endedAt - allClosed) / 1e9)),
                "< " + (UNWATCHED_SECONDS + 5) + " s");
        assertThat(threadsAfterLast).as("seconds from the last tab closed until no training thread is busy")
                .isLessThanOrEqualTo(2.0);
        assertThat(endedAt).as("every run ended").isPositive();
        assertThat((endedAt - allClosed) / 1e9).as("seconds from the last tab closed until every run ended")
                .isLessThanOrEqualTo(UNWATCHED_SECONDS + 5);
    }

    private void openEverywhere() {
        onEveryWorker(w -> w.open(server.url(), PAGES_PER_BROWSER));
    }

    private void onEveryWorker(java.util.function.Consumer<BrowserWorker> task) {
        BrowserWorker.onEach(workers, task);
    }

    /** Waits (up to 5 minutes) until every page shows its run's outcome, and returns each page's probe. */
    private List<Map<String, Object>> collectWhenDone() {
        return BrowserWorker.probesWhenDone(workers, 300_000);
    }

    /** Waits (up to 3 minutes: the session timeout plus Tomcat's once-a-minute sweep) for closed tabs' sessions to end. */
    private JsonNode awaitSessions(int sessions) throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline && server.diagnostics(false).get("sessionCount").asInt() > sessions) {
            Thread.sleep(2000);
        }
        return server.diagnostics(true);
    }
}

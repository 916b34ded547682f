package com.nnplayground.load;

import static com.nnplayground.load.Report.mb;
import static com.nnplayground.load.Report.ms;
import static com.nnplayground.load.Report.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17's hostile class on the server issue 17 took down (the production jar, {@code -Xmx512m}, the default
 * limits): 40 honest pages press Train together while a script floods the server with pages and sessions (no browser)
 * and another page tries the worst files, one after another. Every honest run must finish, each run's first progress
 * must go out within 2 s of its Train, the heap in use after a collection must stay under 90 % of 512 MB, and no
 * OutOfMemoryError may appear in the log. Figures in target/hostile-report.md; the GC log in target/hostile-gc.log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileClassLoadIT {
    static final int BROWSERS = 4;
    static final int PAGES_PER_BROWSER = 10;
    static final int HONEST = BROWSERS * PAGES_PER_BROWSER;
    static final long HEAP = 512L << 20;
    /** Seed XOR iterations of one honest run: one to two seconds alone on this machine. */
    static final int ITERATIONS = Integer.getInteger("load.hostileIterations", 4_000_000);
    static final int FLOOD_PAGE_THREADS = 4;
    static final int FLOOD_SESSION_THREADS = 2;
    private static final Path GC_LOG = Path.of("target", "hostile-gc.log");
    private static final Path SERVER_LOG = Path.of("target", "hostile-server.log");
    /** -Xlog:gc lines: "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 300M->120M(512M) 5.1ms". */
    private static final Pattern AFTER_GC = Pattern.compile("GC\\(\\d+\\) Pause .* (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Report report = new Report("Hostile class: load test figures", "hostile-report.md");
    private final CpuSplit cpus = new CpuSplit();
    private final List<BrowserWorker> workers = new ArrayList<>();
    private ServerProcess server;
    private BrowserWorker hostile;

    @BeforeAll
    void startServerAndBrowsers() throws Exception {
        cpus.pinHarness();
        server = ServerProcess.start(cpus.serverPrefix(), ServerProcess.productionJar(),
                List.of("-Xmx512m", "-Xlog:gc:file=" + GC_LOG), List.of("--playground.training.threads="
                        + cpus.serverCores()), SERVER_LOG, 0);
        report.note("Server: the production jar, -Xmx512m, every limit at its default; " + cpus.describe());
        for (int i = 0; i < BROWSERS; i++) {
            workers.add(new BrowserWorker("browser-" + i));
        }
        hostile = new BrowserWorker("browser-hostile");
    }

    @AfterAll
    void stopEverything() throws Exception {
        try {
            report.write();
        } finally {
            for (BrowserWorker worker : workers) {
                worker.close();
            }
            if (hostile != null) {
                hostile.close();
            }
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void forty_honest_runs_finish_while_a_script_floods_and_a_page_uploads_the_worst_files() throws Exception {
        onEveryWorker(w -> w.open(server.url(), PAGES_PER_BROWSER));
        onEveryWorker(w -> w.pages.forEach(page -> {
            Probe.setIterations(page, ITERATIONS);
            Probe.setFullSpeed(page);
        }));
        hostile.submit(w -> {
            w.open(server.url(), 1);
            return null;
        }).join();
        JsonNode before = server.diagnostics(true);
        server.diagnostics(false);

        AtomicBoolean stop = new AtomicBoolean();
        List<JsonNode> samples = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> sampler = CompletableFuture.runAsync(() -> sample(stop, samples));
        WorstUploads worst = new WorstUploads(Path.of("target", "hostile-files"));
        CompletableFuture<Void> uploads = hostile.submit(w -> {
            worst.run(w.pages.get(0), stop);
            return null;
        });
        long floodStart = System.nanoTime();
        Flood flood = Flood.start(server.url(), FLOOD_PAGE_THREADS, FLOOD_SESSION_THREADS);
        Thread.sleep(5000);
        long at = System.currentTimeMillis() + 1500;
        onEveryWorker(w -> w.pages.forEach(page -> Probe.clickTrainAt(page, at)));
        List<Map<String, Object>> probes = collectWhenDone();
        double honestSeconds = (System.currentTimeMillis() - at) / 1000.0;
        stop.set(true);
        flood.close();
        double floodSeconds = (System.nanoTime() - floodStart) / 1e9;
        uploads.join();
        sampler.join();
        JsonNode after = server.diagnostics(false);

        List<Double> walls = new ArrayList<>();
        List<Double> firsts = new ArrayList<>();
        for (Map<String, Object> p : probes) {
            walls.add(Probe.wallMillis(p));
            firsts.add(Probe.firstPointMillis(p));
        }
        double serverFirstMax = samples.stream().mapToDouble(s -> s.get("firstProgressMillis").get("max").asDouble())
                .max().orElse(-1);
        int serverFirstRuns = samples.stream().mapToInt(s -> s.get("firstProgressMillis").get("runs").asInt()).sum();
        long heapPeak = samples.stream().mapToLong(s -> s.get("heapUsedBytes").asLong()).max().orElse(0);
        long pagesPeak = samples.stream().mapToLong(s -> s.get("pages").asLong()).max().orElse(0);
        long sessionsPeak = samples.stream().mapToLong(s -> s.get("vaadinSessions").asLong()).max().orElse(0);
        long budgetPeak = samples.stream().mapToLong(s -> s.get("budgetHeldBytes").asLong()).max().orElse(0);
        double afterGcPeak = afterGcPeakMb();
        String serverLog = Files.readString(SERVER_LOG);

        report.add("Honest runs finished (seed XOR, " + String.format("%,d", ITERATIONS) + " iterations each, pressed"
                + " together)", walls.stream().filter(Double::isFinite).count() + " of " + HONEST + " in "
                + String.format("%.0f s", honestSeconds), "all");
        report.add("On the server, Train received to first progress sent (max over " + serverFirstRuns + " runs)",
                ms(serverFirstMax), "< 2 s");
        report.add("First point after Train on the 40 pages (p50 / max; their browsers share " + cpus.browserCores()
                + " core(s))", ms(percentile(firsts, 50)) + " / " + ms(Report.max(firsts)), "");
        report.add("Flood for " + String.format("%.0f s", floodSeconds) + " (" + FLOOD_PAGE_THREADS + " threads"
                + " building pages without a browser, " + FLOOD_SESSION_THREADS + " fetching the page)",
                flood.describe(), "");
        report.add("Pages / Vaadin sessions held, at most", pagesPeak + " / " + sessionsPeak, "");
        report.add("Pages closed because no browser connected / sessions closed for no page (during the round)",
                (after.get("pagesClosedUnconnected").asLong() - before.get("pagesClosedUnconnected").asLong()) + " / "
                        + (after.get("sessionsClosedIdle").asLong() - before.get("sessionsClosedIdle").asLong()), "");
        report.add("Memory budget held at most (of " + mb(after.get("budgetServerBytes").asDouble()) + ")",
                mb(budgetPeak), "");
        report.add("Heap in use after a collection, at most (GC log)", String.format("%.0f MB (%.0f %% of 512 MB)",
                afterGcPeak, 100 * afterGcPeak / 512), "< 90 %");
        report.add("Heap in use, sampled every 0.5 s (garbage included), at most", mb(heapPeak), "");
        report.add("OutOfMemoryError in the server's log", serverLog.contains("OutOfMemoryError") ? "yes" : "none",
                "none");
        worst.answers.forEach((what, answer) -> report.add("Worst file: " + what + " (tried " + worst.tries.get(what)
                + " times), the page said", answer.replace("|", "/"), "a message"));

        assertThat(walls).as("every honest run finished").hasSize(HONEST).allMatch(Double::isFinite);
        assertThat(serverFirstRuns).as("runs timed on the server").isGreaterThanOrEqualTo(HONEST);
        assertThat(serverFirstMax).as("on the server, every run's first progress within 2 s").isLessThanOrEqualTo(2000);
        assertThat(afterGcPeak).as("MB in use after a collection").isLessThan(0.9 * HEAP / (1 << 20));
        assertThat(serverLog).doesNotContain("OutOfMemoryError");
        assertThat(worst.answers).as("every worst file got its answer").hasSize(7)
                .allSatisfy((what, answer) -> assertThat(answer).isNotBlank().doesNotContain("Exception"));
        assertThat(flood.pagesBuilt.get() + flood.refused.get()).as("the flood ran").isPositive();
    }

    /** /diagnostics without a collection every half second until {@code stop}: what the server held when. */
    private void sample(AtomicBoolean stop, List<JsonNode> samples) {
        while (!stop.get()) {
            try {
                samples.add(server.diagnostics(false));
                Thread.sleep(500);
            } catch (Exception e) {
                throw new IllegalStateException("The server stopped answering /diagnostics", e);
            }
        }
    }

    private static double afterGcPeakMb() throws Exception {
        double peak = 0;
        for (String line : Files.readAllLines(GC_LOG)) {
            Matcher m = AFTER_GC.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Double.parseDouble(m.group(2)));
            }
        }
        return peak;
    }

    private void onEveryWorker(java.util.function.Consumer<BrowserWorker> task) {
        BrowserWorker.onEach(workers, task);
    }

    /** Waits (up to 10 minutes) until every page shows its run's outcome, and returns each page's probe. */
    private List<Map<String, Object>> collectWhenDone() {
        return BrowserWorker.probesWhenDone(workers, 600_000);
    }
}

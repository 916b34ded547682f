package com.nnplayground.load;

import static com.nnplayground.load.Report.ms;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * More than one server (run by load/two-servers.sh, not by the load test): nginx (load/nginx/playground.conf) in
 * front of two instances of the production jar on loopback, each browser sticky to one, push over WebSocket. 20
 * pages train across them; one instance is killed mid-run. Its pages must say the connection is lost and to reload,
 * and land on the survivor after a reload; the survivor's runs go on and finish. Figures in
 * target/two-servers-report.md, nginx's files in target/nginx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersIT {
    static final int BROWSERS = 2;
    static final int PAGES_PER_BROWSER = 10;
    static final int PAGES = BROWSERS * PAGES_PER_BROWSER;
    static final int ITERATIONS = Integer.getInteger("load.twoServersIterations", 6_000_000);
    /** The instances' ports (fixed, so that other servers on a shared machine keep theirs); nginx takes a free one. */
    static final int PORT_A = Integer.getInteger("load.portA", 8092);
    static final int PORT_B = Integer.getInteger("load.portB", 8093);
    private static final Path NGINX = Path.of("target", "nginx").toAbsolutePath();
    private static final String LOST = "Connection to the server lost";
    private static final String RELOAD = "Reload the page";

    private final Report report = new Report("Two servers behind nginx", "two-servers-report.md");
    private final CpuSplit cpus = new CpuSplit();
    private final List<BrowserWorker> workers = new ArrayList<>();
    private ServerProcess a;
    private ServerProcess b;
    private Process nginx;
    private String url;

    @BeforeAll
    void start() throws Exception {
        cpus.pinHarness();
        Path jar = ServerProcess.productionJar();
        List<String> settings = List.of("--playground.training.threads=" + cpus.serverCores(),
                "--server.forward-headers-strategy=native");
        a = ServerProcess.start(cpus.serverPrefix(), jar, List.of("-Xmx512m"), settings, Path.of("target", "server-a.log"),
                PORT_A);
        b = ServerProcess.start(cpus.serverPrefix(), jar, List.of("-Xmx512m"), settings, Path.of("target", "server-b.log"),
                PORT_B);
        int port = freePort();
        Files.createDirectories(NGINX);
        Files.writeString(NGINX.resolve("nginx.conf"), Files.readString(Path.of("load", "nginx", "playground.conf"))
                .replace("@PREFIX@", NGINX.toString()).replace("@LISTEN@", "127.0.0.1:" + port)
                .replace("@SERVER_A@", "127.0.0.1:" + a.port).replace("@SERVER_B@", "127.0.0.1:" + b.port));
        List<String> command = new ArrayList<>(cpus.serverPrefix());
        command.addAll(List.of(Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx", "-p", NGINX.toString(), "-c", NGINX.resolve("nginx.conf").toString(),
                "-g", "daemon off;"));
        nginx = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(NGINX.resolve("stdout.log").toFile())
                .start();
        url = "http://127.0.0.1:" + port + "/";
        report.note("nginx " + url + " in front of instance A (port " + a.port + ") and B (port " + b.port + "), each"
                + " -Xmx512m; " + cpus.describe());
        for (int i = 0; i < BROWSERS; i++) {
            workers.add(new BrowserWorker("browser-" + i));
        }
    }

    @AfterAll
    void stop() throws Exception {
        try {
            report.write();
        } finally {
            for (BrowserWorker worker : workers) {
                worker.close();
            }
            if (nginx != null) {
                nginx.destroy();
                nginx.waitFor(10, TimeUnit.SECONDS);
            }
            if (a != null) {
                a.close();
            }
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    void killing_one_instance_sends_its_pages_to_the_other_and_leaves_the_others_runs_alone() throws Exception {
        onEveryWorker(w -> w.open(url, PAGES_PER_BROWSER));
        Map<Page, String> instance = instances();
        long onA = instance.values().stream().filter("A"::equals).count();
        report.add("Pages on instance A / B (sticky per browser)", onA + " / " + (PAGES - onA), "both used");
        assertThat(onA).as("pages on A").isBetween(1L, PAGES - 1L);

        onEveryWorker(w -> w.pages.forEach(page -> {
            Probe.setIterations(page, ITERATIONS);
            Probe.setFullSpeed(page);
        }));
        long at = System.currentTimeMillis() + 1500;
        onEveryWorker(w -> w.pages.forEach(page -> Probe.clickTrainAt(page, at)));
        onEveryWorker(w -> w.pages.forEach(page -> page.waitForFunction("() => window.__probe.first !== null")));
        Thread.sleep(3000);
        Map<Page, Integer> pointsAtKill = new HashMap<>();
        onEveryWorker(w -> w.pages.forEach(page -> pointsAtKill.put(page, points(page))));
        long killed = System.nanoTime();
        a.kill();

        Map<Page, Double> saidSo = new HashMap<>();
        onEveryWorker(w -> w.pages.stream().filter(p -> "A".equals(instance.get(p))).forEach(page -> {
            page.waitForFunction("([lost, reload]) => document.body.innerText.includes(lost)"
                    + " || document.body.innerText.includes(reload)", new Object[] {LOST, RELOAD},
                    new Page.WaitForFunctionOptions().setTimeout(120_000));
            saidSo.put(page, (System.nanoTime() - killed) / 1e6);
        }));
        List<Map<String, Object>> survivors = new ArrayList<>();
        onEveryWorker(w -> w.pages.stream().filter(p -> "B".equals(instance.get(p))).forEach(page -> {
            page.waitForFunction("() => window.__probe.done !== null", null,
                    new Page.WaitForFunctionOptions().setTimeout(300_000));
            synchronized (survivors) {
                survivors.add(Map.of("status", page.textContent("#training-status"), "pointsAtKill",
                        pointsAtKill.get(page), "points", points(page), "lost", page.textContent("body").contains(LOST),
                        "wall", Probe.wallMillis(Probe.read(page))));
            }
        }));
        double slowestSaid = saidSo.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        report.add("A's pages: time from the kill until the page says the connection is lost / to reload (max of "
                + saidSo.size() + ")", ms(slowestSaid), "within about 10 s");
        long finished = survivors.stream().filter(s -> ((String) s.get("status")).startsWith(
                String.format("Trained for %,d iterations", ITERATIONS))).count();
        report.add("B's runs finished after the kill, every one adding points after it, none saying the connection"
                + " is lost", finished + " of " + survivors.size(), "all");
        report.add("B's runs: slowest wall time from Train", String.format("%.1f s", survivors.stream()
                .mapToDouble(s -> (Double) s.get("wall")).max().orElse(Double.NaN) / 1000), "");

        long reloadStart = System.nanoTime();
        onEveryWorker(w -> w.pages.stream().filter(p -> "A".equals(instance.get(p))).forEach(page -> {
            page.reload();
            page.waitForSelector("#train");
            Probe.install(page);
            // A reload brings back the page's experiment from the address, with its preset's pace
            Probe.setFullSpeed(page);
        }));
        double reloadSeconds = (System.nanoTime() - reloadStart) / 1e9;
        Map<Page, String> afterReload = instances();
        List<String> retrained = new ArrayList<>();
        onEveryWorker(w -> w.pages.stream().filter(p -> "A".equals(instance.get(p))).forEach(page -> {
            page.click("#train");
            page.waitForFunction("() => window.__probe.done !== null", null,
                    new Page.WaitForFunctionOptions().setTimeout(120_000));
            synchronized (retrained) {
                retrained.add(page.textContent("#training-status"));
            }
        }));
        report.add("A's pages reloaded: on instance B / trained there", afterReload.entrySet().stream()
                .filter(e -> "A".equals(instance.get(e.getKey())) && "B".equals(e.getValue())).count() + " / "
                + retrained.stream().filter(s -> s.startsWith("Trained")).count() + " of " + onA
                + String.format(" (reloading all took %.1f s)", reloadSeconds), "all");

        assertThat(saidSo).hasSize((int) onA);
        assertThat(slowestSaid).as("ms until A's pages said so").isLessThanOrEqualTo(30_000);
        assertThat(survivors).hasSize((int) (PAGES - onA)).allSatisfy(s -> {
            assertThat((String) s.get("status")).startsWith(String.format("Trained for %,d iterations", ITERATIONS));
            assertThat((Integer) s.get("points")).isGreaterThan((Integer) s.get("pointsAtKill"));
            assertThat(s.get("lost")).isEqualTo(false);
        });
        assertThat(afterReload.entrySet().stream().filter(e -> "A".equals(instance.get(e.getKey()))))
                .allMatch(e -> "B".equals(e.getValue()));
        assertThat(retrained).hasSize((int) onA).allMatch(s -> s.startsWith("Trained"));
    }

    private static int points(Page page) {
        return ((Number) page.evaluate("() => document.getElementById('loss-chart').pointCount")).intValue();
    }

    /** Which instance each page's browser is sticky to: its route cookie, and nginx's log of where that key went. */
    private Map<Page, String> instances() throws IOException {
        Map<String, String> upstreamOfKey = new HashMap<>();
        for (String line : Files.readAllLines(NGINX.resolve("access.log"))) {
            // the last field is where the request went in the end: "A, B" when A failed and B answered
            String[] f = line.split(" ");
            String last = f[f.length - 1];
            if (f.length >= 6 && !last.equals("-")) {
                upstreamOfKey.put(f[1], last.endsWith(":" + a.port) ? "A" : last.endsWith(":" + b.port) ? "B" : "?");
            }
        }
        Map<Page, String> where = new HashMap<>();
        onEveryWorker(w -> w.pages.forEach(page -> {
            String key = page.context().cookies().stream().filter(c -> c.name.equals("nnp_route"))
                    .map((Cookie c) -> c.value).findFirst().orElse("");
            synchronized (where) {
                where.put(page, upstreamOfKey.getOrDefault(key, "?"));
            }
        }));
        return where;
    }

    private void onEveryWorker(java.util.function.Consumer<BrowserWorker> task) {
        BrowserWorker.onEach(workers, task);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

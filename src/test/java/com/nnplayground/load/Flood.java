package com.nnplayground.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A bored student's script, as issue 17 found it: threads that each, as fast as the server answers, fetch the page,
 * send Vaadin's start request and one navigate message (a full page built, no browser ever connecting), and threads
 * that only fetch the page (a session each). Counts what the server built and what it refused.
 */
final class Flood implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    final AtomicLong pagesBuilt = new AtomicLong();
    final AtomicLong sessionsMade = new AtomicLong();
    final AtomicLong refused = new AtomicLong();
    final AtomicLong failed = new AtomicLong();

    private Flood(String base) {
        this.base = base;
    }

    /** Starts {@code pageThreads} page builders and {@code sessionThreads} page fetchers against {@code base}. */
    static Flood start(String base, int pageThreads, int sessionThreads) {
        Flood flood = new Flood(base);
        for (int i = 0; i < pageThreads + sessionThreads; i++) {
            boolean pages = i < pageThreads;
            Thread t = new Thread(() -> flood.loop(pages), "flood-" + i);
            t.setDaemon(true);
            flood.threads.add(t);
            t.start();
        }
        return flood;
    }

    private void loop(boolean pages) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            while (running.get()) {
                try {
                    once(http, pages);
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            }
        }
    }

    /** One page (or session), in a session of its own: the script keeps no cookie from one to the next. */
    private void once(HttpClient http, boolean pages) throws Exception {
        HttpResponse<String> page = send(http, base, null, null);
        if (page.statusCode() == 503) {
            refused.incrementAndGet();
            return;
        }
        String cookie = page.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElse("");
        if (!pages) {
            sessionsMade.incrementAndGet();
            return;
        }
        HttpResponse<String> start = send(http, base + "?v-r=init&location=&query=", cookie, null);
        if (start.statusCode() == 503) {
            refused.incrementAndGet();
            return;
        }
        JsonNode config = JSON.readTree(start.body()).get("appConfig");
        String navigate = "{\"csrfToken\":\"" + config.get("uidl").get("Vaadin-Security-Key").asString()
                + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"\","
                + "\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> built = send(http, base + "?v-r=uidl&v-uiId=" + config.get("v-uiId").asInt(), cookie,
                navigate);
        (built.statusCode() == 200 ? pagesBuilt : failed).incrementAndGet();
    }

    private static HttpResponse<String> send(HttpClient http, String url, String cookie, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (cookie != null && !cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        if (json != null) {
            request.header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** "1,234 pages built, 567 sessions, 8,901 refused (503), 0 failed". */
    String describe() {
        return String.format("%,d pages built, %,d sessions made, %,d refused with the server-full page, %,d failed",
                pagesBuilt.get(), sessionsMade.get(), refused.get(), failed.get());
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(60_000);
        }
    }
}

package com.nnplayground.load;

import com.microsoft.playwright.Page;
import com.nnplayground.e2e.BrowserSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One Chromium process and the pages (one context, so one Vaadin session, each) it holds. Playwright for
 * Java is not thread-safe, so everything touching this browser runs on the worker's own thread.
 */
final class BrowserWorker implements AutoCloseable {
    private final ExecutorService thread;
    private final BrowserSupport browser;
    final List<Page> pages = new ArrayList<>();

    BrowserWorker(String name) throws Exception {
        thread = Executors.newSingleThreadExecutor(r -> new Thread(r, name));
        browser = thread.submit(BrowserSupport::launch).get();
    }

    /** Runs {@code task} on this worker's thread. */
    <T> CompletableFuture<T> submit(Function<BrowserWorker, T> task) {
        return CompletableFuture.supplyAsync(() -> task.apply(this), thread);
    }

    /** Opens {@code count} playground pages, each in a fresh context, and waits until they are live. */
    void open(String url, int count) {
        for (int i = 0; i < count; i++) {
            Page page = browser.newPage();
            page.setDefaultTimeout(120_000);
            page.navigate(url);
            page.waitForSelector("#train");
            Probe.install(page);
            pages.add(page);
        }
    }

    /** Closes every page's context, as closing the tab (and its window) does. */
    void closeAll() {
        for (Page page : pages) {
            page.context().close();
        }
        pages.clear();
    }

    /** Runs {@code task} on every worker's thread at once and waits for all of them. */
    static void onEach(List<BrowserWorker> workers, Consumer<BrowserWorker> task) {
        CompletableFuture.allOf(workers.stream().map(w -> w.submit(x -> {
            task.accept(x);
            return null;
        })).toArray(CompletableFuture[]::new)).join();
    }

    /** Waits (up to {@code millis}) until every page shows its run's outcome, and returns each page's probe. */
    static List<Map<String, Object>> probesWhenDone(List<BrowserWorker> workers, long millis) {
        List<Map<String, Object>> probes = new CopyOnWriteArrayList<>();
        onEach(workers, w -> {
            long deadline = System.currentTimeMillis() + millis;
            while (System.currentTimeMillis() < deadline && !w.pages.stream().allMatch(Probe::done)) {
                w.pages.get(0).waitForTimeout(500);
            }
            w.pages.forEach(page -> probes.add(Probe.read(page)));
        });
        return probes;
    }

    @Override
    public void close() throws Exception {
        thread.submit(() -> {
            closeAll();
            browser.close();
        }).get();
        thread.shutdown();
    }
}

package com.nnplayground.diagnostics;

import com.nnplayground.capacity.HeapPressure;
import com.nnplayground.capacity.MemoryBudget;
import com.nnplayground.capacity.PageRegistry;
import com.nnplayground.training.TrainingExecutorConfiguration;
import com.nnplayground.training.TrainingMetrics;
import com.nnplayground.training.TrainingService;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /diagnostics}: what a load test needs to see inside the server, as JSON. It runs a full GC
 * first so that {@code heapUsedBytes} is the live heap ({@code ?gc=false} skips that, for polling), which
 * makes a call cost tens of milliseconds: that, and what it reveals, is why it only exists when
 * {@code playground.diagnostics.enabled=true}. {@code firstProgressMillis} summarises the runs started since
 * the previous call (each call drains it): the time from a press of Train reaching the server to the run's
 * first progress batch, the server's own share of "Train to first chart point". {@code processCpuNanos} is the CPU
 * time the server's process has used so far, so a load test can tell the server's share of a busy machine. The
 * capacity figures: pages and Vaadin sessions held, pages and sessions closed for nobody using them, new pages
 * refused, the memory budget held, and the highest heap in use after a collection since the previous call.
 */
@RestController
@ConditionalOnProperty(name = "playground.diagnostics.enabled", havingValue = "true")
public class DiagnosticsController implements HttpSessionListener {
    private final TrainingService training;
    private final TrainingMetrics metrics;
    private final ExecutorService executor;
    private final AtomicInteger sessions = new AtomicInteger();

    private final PageRegistry pages;
    private final MemoryBudget budget;
    private final HeapPressure pressure;

    public DiagnosticsController(TrainingService training, TrainingMetrics metrics,
                                 @Qualifier(TrainingExecutorConfiguration.EXECUTOR) ExecutorService executor,
                                 PageRegistry pages, MemoryBudget budget,
                                 HeapPressure pressure) {
        this.training = training;
        this.metrics = metrics;
        this.executor = executor;
        this.pages = pages;
        this.budget = budget;
        this.pressure = pressure;
    }

    @GetMapping(value = "/diagnostics", produces = "application/json")
    public Map<String, Object> diagnostics(@RequestParam(name = "gc", defaultValue = "true") boolean gc) {
        if (gc) {
            // Two collections: the first may only queue finalizable or softly reachable objects
            System.gc();
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        ThreadPoolExecutor pool = executor instanceof ThreadPoolExecutor p ? p : null;
        List<Double> firstProgress = new ArrayList<>(metrics.drainFirstProgressMillis());
        Collections.sort(firstProgress);
        Map<String, Object> answer = new LinkedHashMap<>(Map.of(
                "pages", pages.pageCount(),
                "vaadinSessions", pages.sessionCount(),
                "pagesClosedUnconnected", pages.counted(PageRegistry.Tally.PAGE_UNCONNECTED),
                "pagesClosedGone", pages.counted(PageRegistry.Tally.PAGE_GONE),
                "sessionsClosedIdle", pages.counted(PageRegistry.Tally.SESSION_IDLE),
                "newPagesRefused", pages.counted(PageRegistry.Tally.PAGE_REFUSED),
                "budgetHeldBytes", budget.held(),
                "budgetServerBytes", budget.serverBytes(),
                "heapAfterGcPeakBytes", pressure.drainPeakBytes()));
        answer.putAll(Map.of(
                "firstProgressMillis", Map.of("runs", firstProgress.size(),
                        "p50", firstProgress.isEmpty() ? -1 : firstProgress.get(firstProgress.size() / 2),
                        "max", firstProgress.isEmpty() ? -1 : firstProgress.get(firstProgress.size() - 1)),
                "heapUsedBytes", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                "processCpuNanos", ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                        .getOperatingSystemMXBean()).getProcessCpuTime(),
                "heapMaxBytes", runtime.maxMemory(),
                "activeRuns", training.activeRuns(),
                "trainingThreads", pool == null ? -1 : pool.getCorePoolSize(),
                "trainingThreadsBusy", pool == null ? -1 : pool.getActiveCount(),
                "queuedSlices", pool == null ? -1 : pool.getQueue().size(),
                "sessionCount", sessions.get()));
        return answer;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.decrementAndGet();
    }
}

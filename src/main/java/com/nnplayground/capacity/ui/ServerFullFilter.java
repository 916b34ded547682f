package com.nnplayground.capacity.ui;

import com.nnplayground.capacity.CapacityLimits;
import com.nnplayground.capacity.HeapPressure;
import com.nnplayground.capacity.MemoryBudget;
import com.nnplayground.capacity.MemoryCost;
import com.nnplayground.capacity.PageRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a new page, before anything is built for it (no session, no UI), when the server cannot take one more:
 * the heap is nearly full of live data ({@link HeapPressure}), the pages' memory budget has no room for a page, or
 * the server or the client's address holds its most pages ({@link PageRegistry#refusal}). The browser gets a plain
 * "the server is full, try again in a minute" page (503, Retry-After), never an error page; open pages are not
 * touched. A new page is a GET of a route or Vaadin's request that starts one ({@code v-r=init}).
 */
public class ServerFullFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(ServerFullFilter.class);
    /** The app's own endpoints: not pages. */
    private static final Set<String> NOT_PAGES = Set.of("/diagnostics", "/ping");
    private static final long LOG_EVERY_MILLIS = 10_000;
    static final byte[] PAGE = read("/pages/server-full.html");

    private final PageRegistry registry;
    private final MemoryBudget budget;
    private final HeapPressure pressure;
    private final CapacityLimits limits;
    private final AtomicLong refusedSinceLog = new AtomicLong();
    private volatile long loggedAt;

    public ServerFullFilter(PageRegistry registry, MemoryBudget budget, HeapPressure pressure, CapacityLimits limits) {
        this.registry = registry;
        this.budget = budget;
        this.pressure = pressure;
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String why = opensPage(request) ? refusal(request.getRemoteAddr(), request.getSession(false) != null) : null;
        if (why == null) {
            chain.doFilter(request, response);
            return;
        }
        registry.count(PageRegistry.Tally.PAGE_REFUSED);
        logNowAndThen(why);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "60");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(PAGE.length);
        response.getOutputStream().write(PAGE);
    }

    static boolean opensPage(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String vr = request.getParameter("v-r");
        if (vr != null) {
            return vr.equals("init");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !path.startsWith("/VAADIN/") && !last.contains(".") && !NOT_PAGES.contains(path);
    }

    /** Why a new page from {@code address} (in a session it has already, or not) may not open now, or null. */
    String refusal(String address, boolean inOpenSession) {
        if (pressure.percentUsed() > limits.heapPressurePercent()) {
            return String.format(Locale.ROOT, "the heap is %.0f %% full after the last collection, over"
                    + " playground.limits.heap-pressure-percent=%d", pressure.percentUsed(), limits.heapPressurePercent());
        }
        if (!budget.fits(MemoryCost.PAGE)) {
            return "the pages hold " + MemoryCost.describe(budget.held()) + " of their " + MemoryCost.describe(
                    budget.serverBytes()) + " (playground.limits.server-memory-percent)";
        }
        return registry.refusal(address, inOpenSession);
    }

    /** One line now and then, not one per refused request: a flood would fill the log. */
    private void logNowAndThen(String why) {
        long since = refusedSinceLog.incrementAndGet();
        long now = System.currentTimeMillis();
        if (now - loggedAt >= LOG_EVERY_MILLIS) {
            loggedAt = now;
            refusedSinceLog.addAndGet(-since);
            log.warn("The server is full: refused {} new page(s) in the last {} s; the last because {}", since,
                    LOG_EVERY_MILLIS / 1000, why);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ServerFullFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

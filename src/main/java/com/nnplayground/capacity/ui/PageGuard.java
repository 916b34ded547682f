package com.nnplayground.capacity.ui;

import com.nnplayground.capacity.CapacityLimits;
import com.nnplayground.capacity.HeapPressure;
import com.nnplayground.capacity.MemoryBudget;
import com.nnplayground.capacity.PageRegistry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.communication.PushConnection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Keeps the pages and sessions the server holds to those somebody uses. Every page is registered with its client
 * address ({@link PageRegistry}) and given its memory ({@link PageBudget}); every {@value #SWEEP_SECONDS} s it
 * closes, instead of keeping them for the session timeout (30 minutes):
 * <ul>
 *   <li>a page whose browser never connected to it within {@code page-start-seconds} (a script that fetched the
 *   page without a browser: 585 KB each);</li>
 *   <li>a page whose browser went away without a word (three heartbeats missed, Vaadin's own rule for a page that
 *   is gone, and its push connection closed), so that its data goes at the latest when its run, waiting for it,
 *   ends;</li>
 *   <li>a session without a page for {@code page-start-seconds}.</li>
 * </ul>
 */
@Component
public class PageGuard implements VaadinServiceInitListener, DisposableBean {
    static final int SWEEP_SECONDS = 2;
    private static final int MISSED_HEARTBEATS = 3;
    /** A stale measurement of a full heap would refuse pages forever on a server with nothing left to collect. */
    private static final long STALE_GC_MILLIS = 30_000;
    private static final Logger log = LoggerFactory.getLogger(PageGuard.class);

    private final PageRegistry registry;
    private final MemoryBudget budget;
    private final HeapPressure pressure;
    private final CapacityLimits limits;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "page-sweeper");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean sweeping = new AtomicBoolean();

    public PageGuard(PageRegistry registry, MemoryBudget budget, HeapPressure pressure, CapacityLimits limits) {
        this.registry = registry;
        this.budget = budget;
        this.pressure = pressure;
        this.limits = limits;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.addSessionInitListener(init -> registry.sessionOpened(init.getSession(),
                address(init.getRequest()), System.currentTimeMillis()));
        service.addSessionDestroyListener(destroy -> {
            registry.sessionClosed(destroy.getSession());
            budget.releaseAll(destroy.getSession());
        });
        service.addUIInitListener(init -> opened(init.getUI()));
        if (sweeping.compareAndSet(false, true)) {
            sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void opened(UI ui) {
        long openedAt = System.currentTimeMillis();
        registry.pageOpened(ui, ui.getSession(), address(VaadinRequest.getCurrent()), openedAt);
        PageBudget memory = PageBudget.install(ui, budget);
        ui.addDetachListener(detach -> {
            registry.pageClosed(ui, System.currentTimeMillis());
            memory.close();
        });
    }

    static String address(VaadinRequest request) {
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }

    void sweep() {
        try {
            long now = System.currentTimeMillis();
            for (Object page : registry.unconnectedPages()) {
                look((UI) page, now);
            }
            for (Object page : registry.connectedPages()) {
                look((UI) page, now);
            }
            for (Object session : registry.idleSessions(now)) {
                closeIfIdle((VaadinSession) session, now);
            }
            if (pressure.percentUsed() > limits.heapPressurePercent() && pressure.millisSinceLastGc() > STALE_GC_MILLIS) {
                System.gc();
            }
        } catch (RuntimeException e) {
            log.warn("Looking over the pages failed; trying again in {} s", SWEEP_SECONDS, e);
        }
    }

    /** Under the page's lock: marks it connected, or closes it if it never connected in time or went away. */
    private void look(UI ui, long now) {
        try {
            ui.access(() -> {
                if (!registry.isConnected(ui)) {
                    if (connected(ui)) {
                        registry.connected(ui);
                    } else if (registry.startExpired(ui, now)) {
                        close(ui);
                        registry.count(PageRegistry.Tally.PAGE_UNCONNECTED);
                    }
                } else if (gone(ui, now)) {
                    close(ui);
                    registry.count(PageRegistry.Tally.PAGE_GONE);
                }
            });
        } catch (UIDetachedException gone) {
            registry.pageClosed(ui, now);
        }
    }

    /**
     * Three heartbeats missed (Vaadin's rule) and its push connection closed: a tab closed or killed. With the push
     * connection still open, twice that: a browser that is there but too busy to send its heartbeats keeps its page,
     * and one whose connection the network keeps open while it sleeps loses it within a minute.
     */
    private static boolean gone(UI ui, long now) {
        if (!ui.getSession().getService().isUIActive(ui)) {
            long silent = now - ui.getInternals().getLastHeartbeatTimestamp();
            long heartbeat = 1000L * ui.getSession().getConfiguration().getHeartbeatInterval();
            PushConnection push = ui.getInternals().getPushConnection();
            return ui.isClosing() || push == null || !push.isConnected() || silent > 2 * MISSED_HEARTBEATS * heartbeat;
        }
        return false;
    }

    /** Its push connection is open, or a heartbeat came after it opened: a browser runs it. */
    private boolean connected(UI ui) {
        PushConnection push = ui.getInternals().getPushConnection();
        return (push != null && push.isConnected())
                || ui.getInternals().getLastHeartbeatTimestamp() > registry.openedMillis(ui);
    }

    private static void close(UI ui) {
        ui.close();
        ui.getSession().removeUI(ui);
    }

    private void closeIfIdle(VaadinSession session, long now) {
        WrappedSession http = session.getSession();
        boolean[] idle = {false};
        try {
            session.access(() -> idle[0] = session.getUIs().isEmpty()
                    && now - session.getLastRequestTimestamp() > limits.pageStartSeconds() * 1000L).get(5, TimeUnit.SECONDS);
            if (idle[0] && http != null) {
                http.invalidate();
                registry.count(PageRegistry.Tally.SESSION_IDLE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception alreadyGone) {
            registry.sessionClosed(session);
        }
    }

    @Override
    public void destroy() {
        sweeper.shutdownNow();
    }
}

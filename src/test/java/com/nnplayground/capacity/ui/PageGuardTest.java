package com.nnplayground.capacity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.nnplayground.capacity.MemoryBudget;
import com.nnplayground.capacity.PageRegistry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A page whose browser connected and then went without a word (a tab killed, a laptop shut): after three missed
 * heartbeats (Vaadin's rule) the guard closes it, which frees what it held, instead of keeping it for the session
 * timeout; a page whose heartbeats come stays.
 */
@SpringBootTest
class PageGuardTest {
    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.nnplayground");

    @Autowired
    ApplicationContext context;

    @Autowired
    PageGuard guard;

    @Autowired
    PageRegistry registry;

    @Autowired
    MemoryBudget budget;

    private UI ui;

    @BeforeEach
    void open() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        ui = UI.getCurrent();
        ui.navigate("");
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private void heartbeatSecondsAgo(int seconds) {
        ui.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - seconds * 1000L);
    }

    /** A sweep, and the work it queued for the page's lock (which the test thread holds). */
    private void sweep() {
        guard.sweep();
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    @Test
    void a_page_whose_heartbeats_stopped_is_closed_and_frees_its_memory() {
        assertThat(budget.held(ui.getSession())).as("the page and its data").isPositive();
        ui.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() + 1);
        sweep();
        assertThat(registry.isConnected(ui)).isTrue();

        heartbeatSecondsAgo(20);
        sweep();
        assertThat(ui.isClosing()).as("two missed heartbeats are a blip").isFalse();

        heartbeatSecondsAgo(31);
        sweep();
        assertThat(ui.isClosing()).as("three missed heartbeats: gone").isTrue();
        assertThat(registry.pageCount()).isZero();
        assertThat(budget.held(VaadinSession.getCurrent())).isZero();
        assertThat(registry.counted(PageRegistry.Tally.PAGE_GONE)).isEqualTo(1);
    }
}

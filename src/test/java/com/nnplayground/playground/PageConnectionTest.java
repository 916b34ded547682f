package com.nnplayground.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When the server takes a page for gone: its push connection closed, three heartbeats missed, or the UI closed. */
class PageConnectionTest {
    FakePush push;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        push = FakePush.install();
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void a_page_with_a_recent_heartbeat_is_watched() {
        assertThat(PageConnection.of(UI.getCurrent())).isEqualTo(PageConnection.State.OPEN);
    }

    @Test
    void a_page_whose_push_connection_closed_says_so_until_it_reconnects() {
        push.connected = false;
        assertThat(PageConnection.of(UI.getCurrent())).isEqualTo(PageConnection.State.PUSH_CLOSED);
        push.connected = true;
        assertThat(PageConnection.of(UI.getCurrent())).isEqualTo(PageConnection.State.OPEN);
    }

    @Test
    void a_page_that_missed_three_heartbeats_is_not() {
        UI ui = UI.getCurrent();
        long beat = 1000L * ui.getSession().getConfiguration().getHeartbeatInterval();
        ui.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - 3 * beat + 1000);
        assertThat(PageConnection.of(ui)).as("under three heartbeats late").isEqualTo(PageConnection.State.OPEN);
        ui.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - 3 * beat - 1000);
        assertThat(PageConnection.of(ui)).as("over three heartbeats late").isEqualTo(PageConnection.State.GONE);
    }

    @Test
    void a_closing_page_is_not() {
        UI ui = UI.getCurrent();
        ui.close();
        assertThat(PageConnection.of(ui)).isEqualTo(PageConnection.State.GONE);
    }
}

package com.nnplayground.playground;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.PushConnection;

/**
 * Whether a page is still there to see its run, as far as the server can tell. A tab closed normally tells the
 * server at once (and its run is cancelled when the view detaches); this catches the pages that go without a word:
 * a tab closed while its browser was too busy to say so, a laptop put to sleep, a dropped network. Call with the
 * UI's session locked: Vaadin's state may only be read there.
 */
final class PageConnection {

    /** What the server sees of a page. */
    enum State {
        /** Its push connection is open and its heartbeat recent. */
        OPEN,
        /** Its push connection is closed: gone, or reconnecting after a blip. */
        PUSH_CLOSED,
        /** Closed, or three heartbeats missed: Vaadin's own rule for a page that is gone. */
        GONE
    }

    private PageConnection() {
    }

    static State of(UI ui) {
        if (ui.isClosing() || !ui.isAttached()) {
            return State.GONE;
        }
        int heartbeatSeconds = ui.getSession().getConfiguration().getHeartbeatInterval();
        long sinceHeartbeat = System.currentTimeMillis() - ui.getInternals().getLastHeartbeatTimestamp();
        if (heartbeatSeconds > 0 && sinceHeartbeat >= 3_000L * heartbeatSeconds) {
            return State.GONE;
        }
        PushConnection push = ui.getInternals().getPushConnection();
        boolean pushed = push != null && ui.getPushConfiguration().getPushMode().isEnabled();
        return pushed && !push.isConnected() ? State.PUSH_CLOSED : State.OPEN;
    }
}

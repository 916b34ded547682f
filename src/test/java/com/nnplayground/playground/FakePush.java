package com.nnplayground.playground;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.PushConnection;

/**
 * Karibu has no browser, so no push connection ever opens; this one says it is open (or closed, when a test
 * says so), as a real page's WebSocket would. Pushes are no-ops: Karibu runs the UI queue itself.
 */
final class FakePush implements PushConnection {
    volatile boolean connected = true;

    /** Gives the current UI this connection, open. */
    static FakePush install() {
        FakePush push = new FakePush();
        UI.getCurrent().getInternals().setPushConnection(push);
        return push;
    }

    @Override
    public void push() {
    }

    @Override
    public void disconnect() {
        connected = false;
    }

    @Override
    public boolean isConnected() {
        return connected;
    }
}

package com.nnplayground.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a user sees when something goes wrong: an unexpected server error is logged and shown as a plain
 * notification (never a stack trace; the page and its data stay), a message no browser sends is one line in the log
 * ({@link MalformedRequests}), and a lost connection or an expired session says in plain words to reload.
 */
@Component
public class ErrorHandling implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messages());
        event.getSource().addUIInitListener(init -> {
            var reconnect = init.getUI().getReconnectDialogConfiguration();
            reconnect.setDialogText("Connection to the server lost. Trying to reconnect…");
            reconnect.setDialogTextGaveUp("The server cannot be reached (it may have restarted). Reload the page to go on.");
            reconnect.setReconnectAttempts(20);
        });
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            if (MalformedRequests.isMalformed(error.getThrowable())) {
                MalformedRequests.logOneLine(error.getThrowable());
                return;
            }
            log.error("Unexpected error on a page", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification note = Notification.show("Something went wrong on the server. It was logged; your data"
                        + " and settings are still here. Try again, or reload the page.", 8000, Notification.Position.MIDDLE);
                note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }

    static CustomizedSystemMessages messages() {
        CustomizedSystemMessages m = new CustomizedSystemMessages();
        m.setSessionExpiredCaption("This page has expired");
        m.setSessionExpiredMessage("The server restarted, or the page was idle for too long."
                + " Reload the page (or press Esc) to start again.");
        m.setSessionExpiredNotificationEnabled(true);
        m.setInternalErrorCaption("Server error");
        m.setInternalErrorMessage("Something went wrong on the server. Reload the page to go on.");
        m.setCookiesDisabledMessage("This page needs cookies to keep your session. Please enable them and reload.");
        return m;
    }
}

package com.nnplayground.base.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A message to a page that is not what a browser sends (not JSON, or JSON that is not Vaadin's protocol) is a
 * script's, not a bug of ours: one line in the log says so, where Vaadin would write an 8 KB stack trace (200 such
 * requests: 1.6 MB). Malformed means it failed inside Vaadin's reading of the message, in no code of this app's
 * between Vaadin's message handler and the failure.
 */
@Component
public class MalformedRequests {
    static final String UIDL_HANDLER = "com.vaadin.flow.server.communication.UidlRequestHandler";
    private static final String RPC_HANDLER = "com.vaadin.flow.server.communication.ServerRpcHandler";
    private static final Logger log = LoggerFactory.getLogger(MalformedRequests.class);
    private static final int MAX_DETAIL = 160;

    private final TurboFilter oneLine = new TurboFilter() {
        @Override
        public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
                                  Object[] params, Throwable error) {
            if (error != null && UIDL_HANDLER.equals(logger.getName()) && isMalformed(error)) {
                logOneLine(error);
                return FilterReply.DENY;
            }
            return FilterReply.NEUTRAL;
        }
    };

    /** Vaadin's own log of a message it could not read goes through {@link #oneLine}. */
    @PostConstruct
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.addTurboFilter(oneLine);
        }
    }

    @PreDestroy
    void uninstall() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getTurboFilterList().remove(oneLine);
        }
    }

    /** Failed while Vaadin read a page's message (JSON or its RPC calls), in no code of ours. */
    static boolean isMalformed(Throwable error) {
        boolean reading = false;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals("com.vaadin.flow.internal.JsonDecodingException")
                    || t.getClass().getName().startsWith("tools.jackson.core.")) {
                reading = true;
            }
            // from the innermost frame out to Vaadin's handler of the message: the filters around it are ours too
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().equals(UIDL_HANDLER)) {
                    break;
                }
                if (frame.getClassName().startsWith("com.nnplayground.")) {
                    return false;
                }
                reading |= frame.getClassName().startsWith(RPC_HANDLER);
            }
        }
        return reading;
    }

    /** The one line: who sent it and what was wrong, shortened. */
    static void logOneLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL) + "...";
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        log.warn("Malformed message to a page from {} ignored: {}: {}", request == null ? "unknown"
                : request.getRemoteAddr(), root.getClass().getSimpleName(), detail);
    }
}

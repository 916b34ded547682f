package com.nnplayground.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every answer gets, pages and what they load alike. The Content-Security-Policy is as strict as Vaadin
 * Flow 25.2 allows: its bootstrap page starts the client engine with inline scripts and styles, and the engine runs
 * the JavaScript the server sends ({@code executeJs}, {@code callJsFunction}) by building functions from text, so
 * scripts need 'unsafe-inline' and 'unsafe-eval' and styles 'unsafe-inline'; everything else comes from this origin
 * only: no other site's scripts, styles, images or connections, push over this host's WebSocket, no plugins, and
 * no framing by other sites ({@code frame-ancestors}, and X-Frame-Options for older browsers). Pages and files are
 * not sniffed into other types, and no address of ours goes to other sites as a referrer.
 */
public class SecurityHeaders extends OncePerRequestFilter {
    /** A Host header as browsers send it (name or address, maybe a port); anything else gets no WebSocket source. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");
    private static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'%s; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policy(request.getHeader("Host")));
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        chain.doFilter(request, response);
    }

    /** The policy for a page served as {@code host}: 'self' names ws: and wss: only in newer browsers. */
    static String policy(String host) {
        return String.format(POLICY, host != null && HOST.matcher(host).matches()
                ? " ws://" + host + " wss://" + host : "");
    }
}

package com.nnplayground.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin reads a page's message to the server (a UIDL request) whole into memory before it looks at it, whatever its
 * size; a page's largest honest message is a paste of the largest CSV. A larger one, or one that does not say its
 * size, is refused unread (413, 411) with one line in the log.
 */
public class UidlSizeLimit extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(UidlSizeLimit.class);
    private final long maxBytes;

    public UidlSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"uidl".equals(request.getParameter("v-r"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0) {
            log.warn("A message from {} to a page without its length was refused", request.getRemoteAddr());
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
        } else if (length > maxBytes) {
            log.warn("A message of {} bytes from {} to a page was refused (the limit is {})", length,
                    request.getRemoteAddr(), maxBytes);
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        } else {
            chain.doFilter(request, response);
        }
    }
}

package org.ronghe.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Until the node is ready (the search index checked and repaired, interrupted jobs closed: readiness
 * {@code ACCEPTING_TRAFFIC}) every request but the health probes gets 503 with Retry-After, instead of pages and
 * searches that answer empty while the index is still being rebuilt.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotReadyYet extends OncePerRequestFilter {

    private final ApplicationAvailability availability;
    private final MessageSource messages;

    NotReadyYet(ApplicationAvailability availability, MessageSource messages) {
        this.availability = availability;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String text = HtmlUtils.htmlEscape(messages.getMessage("app.starting", null, "Starting…", request.getLocale()));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" "
                        + "content=\"5\"><title>" + text + "</title></head><body><p>" + text + "</p></body></html>");
    }
}

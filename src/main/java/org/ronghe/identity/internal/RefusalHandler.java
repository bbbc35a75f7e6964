package org.ronghe.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.ronghe.identity.IdentityEvents.AccessDenied;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers refused requests — 401 for anonymous clients, 403 for users without the right — and
 * records each refusal in the audit trail. API clients get RFC 9457 problem details in their
 * language; browsers get the login page or the error page.
 */
@Component
class RefusalHandler {

    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    RefusalHandler(ApplicationEventPublisher events, MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.events = events;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    AuthenticationEntryPoint problemEntryPoint() {
        return (request, response, e) -> {
            audit(request, "UNAUTHENTICATED");
            response.setHeader("WWW-Authenticate", "Bearer");
            writeProblem(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
        };
    }

    AccessDeniedHandler problemAccessDeniedHandler() {
        return (request, response, e) -> {
            audit(request, "DENIED");
            writeProblem(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
        };
    }

    AccessDeniedHandler pageAccessDeniedHandler() {
        return (request, response, e) -> {
            audit(request, "DENIED");
            response.sendError(HttpStatus.FORBIDDEN.value());
        };
    }

    AuthenticationEntryPoint auditing(AuthenticationEntryPoint delegate) {
        return (request, response, e) -> {
            audit(request, "UNAUTHENTICATED");
            delegate.commence(request, response, e);
        };
    }

    private void audit(HttpServletRequest request, String result) {
        events.publishEvent(new AccessDenied(request.getMethod(), request.getRequestURI(), result));
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key + ".detail", null, "", locale));
        problem.setTitle(messages.getMessage(key + ".title", null, status.getReasonPhrase(), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), problem);
    }
}

package org.ronghe.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.ronghe.core.Actor;
import org.ronghe.core.RateLimit;
import org.ronghe.identity.IdentityEvents.AccessDenied;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers refused requests — 401 for anonymous clients, 403 for users without the right — and records refusals in the
 * audit trail, within bounds: an anonymous read is not recorded (a public client asking for a private page is no event,
 * and each record stays for ever), and each user or address gets {@value #AUDITED_PER_MINUTE} records a minute; the
 * refusals beyond are counted and the count is written into the next record. API clients get RFC 9457 problem details
 * in their language; browsers get the login page or the error page.
 */
@Component
class RefusalHandler {

    static final int AUDITED_PER_MINUTE = 20;

    private final RateLimit audited = new RateLimit("audit.sampled", AUDITED_PER_MINUTE, Duration.ofMinutes(1));
    private final Cache<String, AtomicLong> unrecorded = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofDays(1))
            .maximumSize(100_000)
            .build();
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
        boolean anonymous = "UNAUTHENTICATED".equals(result);
        if (anonymous && READS.contains(request.getMethod())) {
            return;
        }
        String who = anonymous ? "client:" + request.getRemoteAddr() : Actor.current();
        if (!audited.tryTake(who)) {
            unrecorded.get(who, k -> new AtomicLong()).incrementAndGet();
            return;
        }
        AtomicLong before = unrecorded.asMap().remove(who);
        events.publishEvent(new AccessDenied(
                request.getMethod(), request.getRequestURI(), result, before == null ? 0 : before.get()));
    }

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private void writeProblem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, messages.getMessage(key + ".detail", null, "", locale));
        problem.setTitle(messages.getMessage(key + ".title", null, status.getReasonPhrase(), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), problem);
    }
}

package org.ronghe.core.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.ronghe.core.AuditedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages that many anonymous visitors open and that change rarely — a body's page, read by 200 clients at once in
 * a load test — are rendered once per language and served from memory until anything changes: every change in the
 * platform is a domain event ({@link AuditedEvent}), and each one, once committed, empties this cache (a minute's
 * lifetime covers changes made behind the application's back). Signed-in users always get a fresh page (it shows them
 * their actions). Runs after Spring Security, so every answer still carries the security headers.
 */
@Component
@Order(0)
class PublicPageCache extends OncePerRequestFilter {

    private static final Pattern CACHED = Pattern.compile("/bodies/[0-9]{1,18}");

    private record Page(byte[] body, String contentType) {}

    private final Cache<String, Page> pages = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();
    private final LocaleResolver locales;
    /** Moves on with every change, so that a page rendered while a change was committed is not kept. */
    private final AtomicLong generation = new AtomicLong();

    PublicPageCache(LocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || request.getQueryString() != null
                || !CACHED.matcher(request.getRequestURI()
                                .substring(request.getContextPath().length()))
                        .matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user != null && !(user instanceof AnonymousAuthenticationToken)) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locales.resolveLocale(request);
        String key = request.getRequestURI() + "|" + locale.toLanguageTag();
        Page page = pages.getIfPresent(key);
        if (page != null) {
            response.setLocale(locale);
            response.setContentType(page.contentType());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        long before = generation.get();
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendered);
        if (before == generation.get()
                && rendered.getStatus() == HttpServletResponse.SC_OK
                && rendered.getContentType() != null
                && rendered.getContentType().startsWith("text/html")
                && !rendered.containsHeader("Set-Cookie")) {
            pages.put(key, new Page(rendered.getContentAsByteArray(), rendered.getContentType()));
        }
        rendered.copyBodyToResponse();
    }

    /** Anything changed: once it is committed, no page shows the state before it. */
    @EventListener
    void changed(AuditedEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    clear();
                }
            });
        } else {
            clear();
        }
    }

    private void clear() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }
}

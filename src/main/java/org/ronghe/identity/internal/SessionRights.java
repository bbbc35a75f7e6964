package org.ronghe.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session goes on with the rights its account has now, not those it had at sign-in: on every request the account's
 * grants are read again (a revoked role stops working at once), and the session ends when the account was disabled, its
 * password changed, or the session is older than its absolute lifetime.
 */
class SessionRights extends OncePerRequestFilter {

    private final Identity identity;
    private final Duration maxAge;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionRights(Identity identity, Duration maxAge) {
        this.identity = identity;
        this.maxAge = maxAge;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session == null || signedIn == null || !(signedIn.getPrincipal() instanceof RongheUser user)) {
            chain.doFilter(request, response);
            return;
        }
        boolean tooOld = System.currentTimeMillis() - session.getCreationTime() > maxAge.toMillis();
        Optional<RongheUser> now = tooOld ? Optional.empty() : identity.currentRights(user);
        if (now.isEmpty()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?error=ended");
            return;
        }
        if (!now.get().grants().equals(user.grants())) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    now.get(), null, now.get().getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }
}

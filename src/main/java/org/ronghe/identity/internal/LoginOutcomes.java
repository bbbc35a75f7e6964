package org.ronghe.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.IdentityEvents.LoggedOut;
import org.ronghe.identity.IdentityEvents.LoginFailed;
import org.ronghe.identity.IdentityEvents.LoginSucceeded;
import org.ronghe.identity.IdentityEvents.LoginsThrottled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Keeps the lockout counters and the audit trail in step with login attempts, and sends a failed login back to the
 * login page with the reason (bad credentials or locked).
 */
@Component
class LoginOutcomes implements AuthenticationFailureHandler {

    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;

    LoginOutcomes(Identity identity, ApplicationEventPublisher events, LoginThrottle throttle) {
        this.identity = identity;
        this.events = events;
        this.throttle = throttle;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        identity.recordSuccessfulLogin(username);
        events.publishEvent(new LoginSucceeded(username));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            identity.recordFailedLogin(username);
        }
        String reason = event.getException() instanceof LockedException ? "LOCKED" : "FAILURE";
        events.publishEvent(new LoginFailed(username, reason));
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && throttle.failed(details.getRemoteAddress(), Instant.now())) {
            events.publishEvent(new LoginsThrottled(details.getRemoteAddress()));
        }
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        events.publishEvent(new LoggedOut(event.getAuthentication().getName()));
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = exception instanceof LockedException ? "locked" : "bad";
        String username = request.getParameter("username");
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason
                + (username == null
                        ? ""
                        : "&username="
                                + URLEncoder.encode(
                                        username.length() > 64 ? username.substring(0, 64) : username,
                                        StandardCharsets.UTF_8)));
    }
}

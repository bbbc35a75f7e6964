package org.ronghe.identity;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.ronghe.core.RateLimit;
import org.ronghe.identity.IdentityEvents.PasswordRecovered;
import org.ronghe.identity.IdentityEvents.PasswordRecoveryRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * "Forgot password": a link sent to the account's e-mail address, good once and for {@value #VALID_MINUTES} minutes.
 * Whoever asks is told the same whether or not the account exists (no guessing of user names), the mail leaves after
 * the request has answered (no telling by time), and requests are limited per client and per account. Audited.
 */
@Service
@Transactional
public class ForgottenPasswords {

    static final int VALID_MINUTES = 30;
    private static final Logger log = LoggerFactory.getLogger(ForgottenPasswords.class);

    private final Accounts accounts;
    private final PasswordRecoveries recoveries;
    private final Identity identity;
    private final ObjectProvider<JavaMailSender> mailer;
    private final TaskExecutor executor;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String from;
    private final String publicUrl;
    private final RateLimit perClient = new RateLimit("password.recovery.too-many", 5, Duration.ofMinutes(15));

    ForgottenPasswords(
            Accounts accounts,
            PasswordRecoveries recoveries,
            Identity identity,
            ObjectProvider<JavaMailSender> mailer,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${ronghe.notifications.from:ronghe@localhost}") String from,
            @Value("${ronghe.public-url}") String publicUrl) {
        this.accounts = accounts;
        this.recoveries = recoveries;
        this.identity = identity;
        this.mailer = mailer;
        this.executor = executor;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Whether links can be sent at all (SMTP configured); without it, a platform admin resets passwords. */
    public boolean available() {
        return mailer.getIfAvailable() != null;
    }

    /**
     * Sends a link to the account named by its user name, if it exists, is enabled and has an e-mail address.
     *
     * @throws org.ronghe.core.TooManyRequests when this client asked too often
     */
    public void request(String username, String client) {
        perClient.take(client);
        Optional<Account> account = identity.findByUsername(username == null ? "" : username)
                .filter(Account::enabled)
                .filter(a -> a.email().isPresent());
        JavaMailSender sender = mailer.getIfAvailable();
        String result = account.isEmpty()
                ? "NO_ADDRESS"
                : sender == null ? "NO_MAIL" : tooOften(account.get()) ? "TOO_MANY" : "SENT";
        events.publishEvent(new PasswordRecoveryRequested(username == null ? "" : username.strip(), result));
        if ("SENT".equals(result)) {
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(Identity.randomBytes(32));
            Instant now = clock.instant();
            recoveries.findByAccountIdAndUsedAtIsNull(account.get().id()).forEach(r -> r.spend(now));
            recoveries.save(new PasswordRecovery(
                    account.get().id(), Identity.hash(token), now, now.plus(Duration.ofMinutes(VALID_MINUTES))));
            mailAfterCommit(sender, account.get(), token);
        }
    }

    /** Whether a link's token can still set a password (the page asks before showing the form). */
    @Transactional(readOnly = true)
    public boolean usable(String token) {
        return find(token).isPresent();
    }

    /**
     * Sets the new password of the link's account: checked by the policy, the link spent, sessions ended, tokens
     * revoked, the lockout lifted.
     *
     * @return false when the link is unknown, used or expired
     * @throws PasswordRejected when the new password breaks a rule (the link stays usable)
     */
    public boolean reset(String token, String newPassword) {
        Optional<PasswordRecovery> recovery = find(token);
        if (recovery.isEmpty()) {
            return false;
        }
        Account account = identity.account(recovery.get().accountId());
        identity.setRecoveredPassword(account, newPassword);
        recoveries.findByAccountIdAndUsedAtIsNull(account.id()).forEach(r -> r.spend(clock.instant()));
        events.publishEvent(new PasswordRecovered(account.username()));
        return true;
    }

    private Optional<PasswordRecovery> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return recoveries.findByTokenHash(Identity.hash(token)).filter(r -> r.usableAt(clock.instant()));
    }

    private boolean tooOften(Account account) {
        return recoveries.countByAccountIdAndCreatedAtAfter(
                        account.id(), clock.instant().minus(Duration.ofHours(1)))
                >= 3;
    }

    private void mailAfterCommit(JavaMailSender sender, Account account, String token) {
        Locale locale = account.locale();
        String link = publicUrl + "/password/reset?token=" + token;
        String subject = messages.getMessage("password.recovery.mail.subject", null, locale);
        String body = messages.getMessage("mail.greeting", new Object[] {account.displayName()}, locale) + "\n\n"
                + messages.getMessage(
                        "password.recovery.mail.body", new Object[] {account.username(), VALID_MINUTES, link}, locale);
        String to = account.email().orElseThrow();
        Runnable send = () -> send(sender, to, subject, body, account.username());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(send);
            }
        });
    }

    private void send(JavaMailSender sender, String to, String subject, String body, String username) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body);
            sender.send(message);
        } catch (MailException | MessagingException e) {
            log.warn("Password recovery e-mail for {} failed: {}", username, e.getMessage());
        }
    }
}

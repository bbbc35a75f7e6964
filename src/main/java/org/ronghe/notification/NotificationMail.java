package org.ronghe.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ronghe.identity.Account;
import org.ronghe.identity.Identity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mails of notifications: each due one on its own, every few seconds, and once a day one digest per account
 * that asked for it. A failed send is tried again on the next round, at most {@value Notification#MAX_MAIL_ATTEMPTS}
 * times; the notice stays on the platform either way.
 */
@Component
class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final Notifications notifications;
    private final Inbox inbox;
    private final Identity identity;
    private final ObjectProvider<JavaMailSender> mailer;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    private final String publicUrl;

    NotificationMail(
            Notifications notifications,
            Inbox inbox,
            Identity identity,
            ObjectProvider<JavaMailSender> mailer,
            MessageSource messages,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${ronghe.notifications.from:ronghe@localhost}") String from,
            @Value("${ronghe.public-url}") String publicUrl) {
        this.notifications = notifications;
        this.inbox = inbox;
        this.identity = identity;
        this.mailer = mailer;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Scheduled(cron = "${ronghe.notifications.mail-cron:*/15 * * * * *}")
    @SchedulerLock(name = "notification-mail", lockAtMostFor = "PT10M")
    public void sendDue() {
        JavaMailSender sender = mailer.getIfAvailable();
        if (sender == null) {
            return;
        }
        for (Notification due : notifications.findTop50ByMail(Notification.Mail.DUE)) {
            transaction.executeWithoutResult(s -> sendOne(sender, due.id()));
        }
    }

    @Scheduled(cron = "${ronghe.notifications.digest-cron:0 0 8 * * *}", zone = "${ronghe.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "notification-digest", lockAtMostFor = "PT30M")
    public void sendDigests() {
        JavaMailSender sender = mailer.getIfAvailable();
        if (sender == null) {
            return;
        }
        for (Long accountId : notifications.accountsWith(Notification.Mail.DIGEST)) {
            transaction.executeWithoutResult(s -> sendDigest(sender, accountId));
        }
    }

    private void sendOne(JavaMailSender sender, Long id) {
        Notification notification = notifications
                .findById(id)
                .filter(n -> n.mail() == Notification.Mail.DUE)
                .orElse(null);
        if (notification == null) {
            return;
        }
        Account account = identity.account(notification.accountId());
        Locale locale = account.locale();
        String text = inbox.text(notification, locale);
        String body = word("mail.greeting", locale, account.displayName()) + "\n\n" + text + "\n" + link(notification)
                + "\n\n" + word("mail.footer", locale, publicUrl + "/profile#contact");
        send(sender, account, word("mail.subject", locale, text), body, List.of(notification));
    }

    private void sendDigest(JavaMailSender sender, Long accountId) {
        List<Notification> waiting = notifications.findByAccountIdAndMailOrderById(accountId, Notification.Mail.DIGEST);
        if (waiting.isEmpty()) {
            return;
        }
        Account account = identity.account(accountId);
        Locale locale = account.locale();
        StringBuilder body = new StringBuilder(word("mail.greeting", locale, account.displayName()))
                .append("\n\n")
                .append(word("mail.digest.intro", locale, waiting.size()))
                .append("\n\n");
        int n = 1;
        for (Notification notification : waiting) {
            body.append(n++)
                    .append(". ")
                    .append(inbox.text(notification, locale))
                    .append("\n   ")
                    .append(link(notification))
                    .append("\n");
        }
        body.append("\n").append(word("mail.footer", locale, publicUrl + "/profile#contact"));
        send(sender, account, word("mail.digest.subject", locale, waiting.size()), body.toString(), waiting);
    }

    private void send(JavaMailSender sender, Account account, String subject, String body, List<Notification> covered) {
        if (account.email().isEmpty()) {
            covered.forEach(Notification::giveUpMail);
            return;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(account.email().get());
            helper.setSubject(subject);
            helper.setText(body);
            sender.send(message);
            covered.forEach(n -> n.mailed(clock.instant()));
        } catch (MailException | MessagingException e) {
            log.warn("E-mail to account {} failed: {}", account.username(), e.getMessage());
            covered.forEach(Notification::mailFailed);
        }
    }

    private String link(Notification notification) {
        return publicUrl + (notification.href() == null ? "/notifications" : notification.href());
    }

    private String word(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

package org.ronghe.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ronghe.core.Actor;
import org.ronghe.core.work.Notice;
import org.ronghe.identity.Account;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.Notifying;
import org.ronghe.identity.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Turns a notice into one notification per addressee, in the transaction of what happened (no notice for an action that
 * was rolled back). The one who acted is not told of their own act, unless the notice names them (their import
 * finished). Whether an e-mail follows is settled here: only with an address, SMTP configured, and the account not
 * having declined.
 */
@Component
class NoticeDelivery {

    private final Identity identity;
    private final Notifications notifications;
    private final ObjectProvider<JavaMailSender> mailer;
    private final Clock clock;

    NoticeDelivery(Identity identity, Notifications notifications, ObjectProvider<JavaMailSender> mailer, Clock clock) {
        this.identity = identity;
        this.notifications = notifications;
        this.mailer = mailer;
        this.clock = clock;
    }

    @EventListener
    void on(Notice notice) {
        String actor = Actor.current();
        Map<Long, Account> addressees = new LinkedHashMap<>();
        for (Notice.Addressee to : notice.to()) {
            accounts(to)
                    .filter(a -> to.username() != null || !a.username().equals(actor))
                    .forEach(a -> addressees.putIfAbsent(a.id(), a));
        }
        addressees
                .values()
                .forEach(a -> notifications.save(new Notification(
                        a.id(), notice.textKey(), notice.args(), notice.href(), mailFor(a), clock.instant())));
    }

    private Stream<Account> accounts(Notice.Addressee to) {
        if (to.username() != null) {
            return identity.findByUsername(to.username()).stream();
        }
        Role role = Role.valueOf(to.role());
        List<Account> holders = identity.holders(new Grant(role, to.bodyId(), to.organisationId()));
        return holders.stream();
    }

    private Notification.Mail mailFor(Account account) {
        if (account.email().isEmpty() || account.notifying() == Notifying.NONE || mailer.getIfAvailable() == null) {
            return Notification.Mail.NONE;
        }
        return account.notifying() == Notifying.DAILY ? Notification.Mail.DIGEST : Notification.Mail.DUE;
    }
}

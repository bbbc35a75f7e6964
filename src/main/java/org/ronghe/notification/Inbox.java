package org.ronghe.notification;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.ronghe.core.PageResult;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An account's notifications: how many are unread, one page of them, and marking them read. */
@Service
@Transactional(readOnly = true)
public class Inbox {

    private final Notifications notifications;
    private final MessageSource messages;
    private final Clock clock;

    Inbox(Notifications notifications, MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    /** A notification as its reader sees it: the sentence in the reader's language. */
    public record Entry(Long id, String text, String href, java.time.Instant createdAt, boolean read) {}

    public long unread(Long accountId) {
        return notifications.countByAccountIdAndReadAtIsNull(accountId);
    }

    public PageResult<Entry> page(Long accountId, boolean unreadOnly, int page, int size, Locale locale) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), PageResult.MAX_SIZE));
        Page<Notification> found = unreadOnly
                ? notifications.findByAccountIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(accountId, request)
                : notifications.findByAccountIdOrderByCreatedAtDescIdDesc(accountId, request);
        return new PageResult<>(
                found.getContent().stream().map(n -> entry(n, locale)).toList(),
                request.getPageNumber(),
                request.getPageSize(),
                found.getTotalElements());
    }

    /** Marks one of the account's notifications read; empty when it has no such notification. */
    @Transactional
    public Optional<Entry> open(Long accountId, Long id, Locale locale) {
        return notifications.findByIdAndAccountId(id, accountId).map(n -> {
            n.markRead(clock.instant());
            return entry(n, locale);
        });
    }

    @Transactional
    public int markAllRead(Long accountId) {
        return notifications.markAllRead(accountId, clock.instant());
    }

    /** The sentence of a notification in a language. */
    public String text(Notification notification, Locale locale) {
        return messages.getMessage(
                notification.textKey(), notification.args().toArray(), notification.textKey(), locale);
    }

    private Entry entry(Notification n, Locale locale) {
        return new Entry(n.id(), text(n, locale), n.href(), n.createdAt(), n.read());
    }
}

package org.ronghe.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One notice for one account: what happened (a message key and its words), where to act, read or not, mailed or not.
 */
@Entity
@Table(name = "notifications")
public class Notification {

    /** Whether an e-mail goes out: none, on its own, in the daily digest; sent or given up. */
    public enum Mail {
        NONE,
        DUE,
        DIGEST,
        SENT,
        FAILED
    }

    static final int MAX_MAIL_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    private String textKey;

    private String[] args;

    private String href;

    private Instant createdAt;

    private Instant readAt;

    @Enumerated(EnumType.STRING)
    private Mail mail;

    private int mailAttempts;

    private Instant mailedAt;

    protected Notification() {}

    Notification(Long accountId, String textKey, List<String> args, String href, Mail mail, Instant now) {
        this.accountId = accountId;
        this.textKey = textKey;
        this.args = args.toArray(String[]::new);
        this.href = href;
        this.mail = mail;
        this.createdAt = now;
    }

    /** The reader opened it or marked it read; the first time counts. */
    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    void mailed(Instant now) {
        mail = Mail.SENT;
        mailedAt = now;
    }

    /** A failed attempt; after {@value #MAX_MAIL_ATTEMPTS} the mail is given up (the notice stays in the platform). */
    void mailFailed() {
        mailAttempts++;
        if (mailAttempts >= MAX_MAIL_ATTEMPTS) {
            mail = Mail.FAILED;
        }
    }

    /** The account has no address any more: nothing to send. */
    void giveUpMail() {
        mail = Mail.NONE;
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public String textKey() {
        return textKey;
    }

    public List<String> args() {
        return List.of(args);
    }

    public String href() {
        return href;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean read() {
        return readAt != null;
    }

    public Mail mail() {
        return mail;
    }
}

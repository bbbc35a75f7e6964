package org.ronghe.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A person's account: credentials, lockout state and role grants. */
@Entity
@Table(name = "accounts")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    private boolean enabled = true;

    private int failedLogins;

    private Instant lockedUntil;

    private int sessionEpoch;

    private Instant createdAt;

    private String email;

    private String language = "zh-CN";

    @Enumerated(EnumType.STRING)
    private Notifying notifying = Notifying.EACH;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_grants", joinColumns = @JoinColumn(name = "account_id"))
    private List<Grant> grants = new ArrayList<>();

    protected Account() {}

    Account(String username, String displayName, String passwordHash, List<Grant> grants) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.grants.addAll(grants);
        this.createdAt = Instant.now();
    }

    /** Adds a role in a scope; returns false when the account already had it. */
    boolean grant(Grant grant) {
        if (grants.contains(grant)) {
            return false;
        }
        grants.add(grant);
        return true;
    }

    boolean revoke(Grant grant) {
        return grants.remove(grant);
    }

    /**
     * Counts a failed login. From the {@code maxFailures}-th in a row on, password logins wait 1 s, 2 s, 4 s, … after
     * each failure, never longer than {@code maxWait}: guessing slows down exponentially while the owner, who may be
     * the only platform admin, is kept out for at most {@code maxWait} (clients are throttled on their own,
     * LoginThrottle).
     */
    void recordFailedLogin(Instant now, int maxFailures, Duration maxWait) {
        if (isLockedAt(now)) {
            return;
        }
        failedLogins++;
        if (failedLogins >= maxFailures) {
            int doublings = Math.min(30, failedLogins - maxFailures);
            Duration wait = Duration.ofSeconds(1L << doublings);
            lockedUntil = now.plus(wait.compareTo(maxWait) < 0 ? wait : maxWait);
        }
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** A platform admin lets the owner try again at once. */
    void unlock() {
        recordSuccessfulLogin();
    }

    /** Ends every session of the account: they were opened with the old password. */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        sessionEpoch++;
    }

    /** No login, no token, and every open session ends. */
    void disable() {
        enabled = false;
        sessionEpoch++;
    }

    void enable() {
        enabled = true;
    }

    /** Where and how the owner hears of what waits for them: e-mail address (optional), language, each or daily. */
    void changeContact(String email, String language, Notifying notifying) {
        this.email = email;
        this.language = language;
        this.notifying = notifying;
    }

    /** Moves on with every change after which an open session must not go on as before. */
    public int sessionEpoch() {
        return sessionEpoch;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Grant> grants() {
        return List.copyOf(grants);
    }

    public java.util.Optional<String> email() {
        return java.util.Optional.ofNullable(email);
    }

    /** The language the owner reads notifications and e-mails in (zh-CN, zh-TW or en). */
    public java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(language);
    }

    public String language() {
        return language;
    }

    public Notifying notifying() {
        return notifying;
    }
}

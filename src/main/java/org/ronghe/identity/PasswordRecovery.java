package org.ronghe.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A forgot-password link: whose, until when, and whether it was used (once only). Only the token's hash is kept. */
@Entity
@Table(name = "password_recoveries")
public class PasswordRecovery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant usedAt;

    protected PasswordRecovery() {}

    PasswordRecovery(Long accountId, String tokenHash, Instant now, Instant expiresAt) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Used, or made useless because a newer link or a password change came first. */
    void spend(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    Long accountId() {
        return accountId;
    }
}

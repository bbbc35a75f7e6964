package org.ronghe.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security defaults that a 等保 level-3 assessment expects, under {@code ronghe.security.*}.
 *
 * @param passwordMinLength minimum password length
 * @param passwordMinClasses how many of lower case, upper case, digits and symbols a password uses
 * @param maxFailedLogins failed logins in a row after which an account's password logins wait, doubling from 1 s
 * @param lockout the longest such wait (short: the owner may be the only admin, and clients are slowed on their own)
 * @param clientMaxFailedLogins failed logins from one address after which its attempts wait, doubling from 1 s
 * @param clientLockout the longest wait of one address
 * @param sessionMaxAge a session ends this long after sign-in, however active (absolute lifetime)
 */
@ConfigurationProperties("ronghe.security")
public record SecuritySettings(
        int passwordMinLength,
        int passwordMinClasses,
        int maxFailedLogins,
        Duration lockout,
        int clientMaxFailedLogins,
        Duration clientLockout,
        Duration sessionMaxAge) {}

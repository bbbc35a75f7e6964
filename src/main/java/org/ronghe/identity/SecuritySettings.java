package org.ronghe.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security defaults that a 等保 level-3 assessment expects, under {@code ronghe.security.*}.
 *
 * @param passwordMinLength minimum password length
 * @param passwordMinClasses how many of lower case, upper case, digits and symbols a password uses
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockout how long a locked account stays locked
 */
@ConfigurationProperties("ronghe.security")
public record SecuritySettings(int passwordMinLength, int passwordMinClasses, int maxFailedLogins, Duration lockout) {
}

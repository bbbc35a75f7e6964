/**
 * Notifications: whatever a module announces as asking someone to act ({@link org.ronghe.core.work.Notice}) reaches
 * each addressee in the platform (the bell, with the unread count) and, when the account has an e-mail address and SMTP
 * is configured, by e-mail in the account's language — each notice, or one digest a day.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.ronghe.notification;

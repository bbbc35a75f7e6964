package org.ronghe.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the audit page and its export are narrowed to: days (in China time, both inclusive), an actor, an action or a
 * group of actions (a prefix such as {@code talent.}), and a body (the body and the records under it).
 */
record AuditFilter(LocalDate from, LocalDate to, String actor, String action, Long bodyId) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    Instant start() {
        return from == null ? Instant.EPOCH : from.atStartOfDay(CHINA).toInstant();
    }

    Instant end() {
        return to == null
                ? Instant.parse("9999-01-01T00:00:00Z")
                : to.plusDays(1).atStartOfDay(CHINA).toInstant();
    }

    String actorOrBlank() {
        return actor == null ? "" : actor.trim();
    }

    String actionOrBlank() {
        return action == null ? "" : action.trim();
    }

    String subjectOrBlank() {
        return bodyId == null ? "" : "body:" + bodyId;
    }
}

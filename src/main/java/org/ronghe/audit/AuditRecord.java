package org.ronghe.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of the audit trail: when, who, from where, what, on what, with which result, and what changed. */
@Entity
@Immutable
@Table(name = "audit_records")
public class AuditRecord {

    /** Details longer than this are cut (an agreement's before and after fit many times over). */
    public static final int DETAIL_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String actor;

    private String origin;

    private String action;

    private String subject;

    private String result;

    private String detail;

    protected AuditRecord() {}

    AuditRecord(
            Instant occurredAt,
            String actor,
            String origin,
            String action,
            String subject,
            String result,
            String detail) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor, 64);
        this.origin = truncate(origin, 64);
        this.action = truncate(action, 64);
        this.subject = truncate(subject, 200);
        this.result = truncate(result, 16);
        this.detail = truncate(detail, DETAIL_MAX);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String origin() {
        return origin;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String result() {
        return result;
    }

    public String detail() {
        return detail;
    }
}

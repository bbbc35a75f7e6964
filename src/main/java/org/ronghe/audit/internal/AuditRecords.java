package org.ronghe.audit.internal;

import java.time.Instant;
import java.util.List;
import org.ronghe.audit.AuditRecord;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The audit trail's repository, for this module only (other modules read {@link org.ronghe.audit.AuditHistory});
 * records are only ever added.
 */
public interface AuditRecords extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    long count();

    /** Newest first, optionally narrowed to an actor and an action prefix (both case-insensitive). */
    @Query(
            "select r from AuditRecord r where (:actor = '' or lower(r.actor) = lower(:actor)) "
                    + "and (:action = '' or lower(r.action) like lower(concat(:action, '%'))) order by r.occurredAt desc, r.id desc")
    Page<AuditRecord> search(String actor, String action, Pageable pageable);

    /**
     * Newest first, between two instants, optionally narrowed to an actor (exact, case-insensitive), an action prefix
     * and a subject with what lies under it ({@code body:3} takes in {@code body:3/organisation:9}); blank means any.
     */
    @Query("select r from AuditRecord r where r.occurredAt >= :from and r.occurredAt < :to "
            + "and (:actor = '' or lower(r.actor) = lower(:actor)) "
            + "and (:action = '' or lower(r.action) like lower(concat(:action, '%'))) "
            + "and (:subject = '' or r.subject = :subject or r.subject like concat(:subject, '/%')) "
            + "order by r.occurredAt desc, r.id desc")
    Page<AuditRecord> find(Instant from, Instant to, String actor, String action, String subject, Pageable pageable);

    /** What happened to a subject and to the things under it ({@code subject/…}), newest first. */
    @Query("select r from AuditRecord r where r.subject = :subject or r.subject like concat(:subject, '/%') "
            + "order by r.occurredAt desc, r.id desc")
    List<AuditRecord> history(String subject, Limit limit);
}

package org.ronghe.community;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ronghe.community.Membership.Status;
import org.ronghe.core.BulkCopy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Admitting many organisations to a body at once (roster imports) with the same outcome as {@link Admissions#admit} one
 * by one: new members get a membership, rejected or withdrawn ones are readmitted, pending applications are approved by
 * admission, current members are left as they are. Each admission gets an {@code ADMITTED} history event naming the
 * import.
 */
@Service
public class BulkAdmissions {

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkCopy copy;

    BulkAdmissions(JdbcClient jdbc, JdbcTemplate template, BulkCopy copy) {
        this.jdbc = jdbc;
        this.template = template;
        this.copy = copy;
    }

    /** One organisation to admit, from the given day. */
    public record Admission(Long organisationId, LocalDate joinedOn) {}

    /** What happened: new memberships, reopened ones, and organisations that were already members. */
    public record Outcome(int admitted, int reopened, int alreadyMembers) {}

    /** An existing membership: its id and status. */
    private record Existing(Long id, Status status) {}

    /**
     * The body's memberships by organisation. All of them: a body has a few thousand at most in practice, and one scan
     * of its index beats an {@code any(?)} over 100,000 ids.
     */
    private Map<Long, Existing> existing(Long bodyId) {
        return jdbc
                .sql("select organisation_id, id, status from memberships where body_id = ?")
                .param(bodyId)
                .query((row, n) ->
                        Map.entry(row.getLong(1), new Existing(row.getLong(2), Status.valueOf(row.getString(3)))))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, HashMap::new));
    }

    /** Starts admitting organisations to the body chunk by chunk in the caller's transaction. */
    public Batch batch(Long bodyId, String note, String actor, Instant at) {
        return new Batch(bodyId, note, actor, Timestamp.from(at));
    }

    /**
     * Admissions to one body written chunk by chunk in one transaction. The body's memberships are read once, at the
     * start; organisations admitted by the batch count as members from then on.
     */
    public final class Batch {

        private final Long bodyId;
        private final String note;
        private final String actor;
        private final Timestamp now;
        private final Map<Long, Existing> existing;
        private int admitted;
        private int reopened;
        private int already;

        private Batch(Long bodyId, String note, String actor, Timestamp now) {
            this.bodyId = bodyId;
            this.note = note;
            this.actor = actor;
            this.now = now;
            this.existing = existing(bodyId);
        }

        public void admit(List<Admission> admissions) {
            List<Admission> fresh = new ArrayList<>();
            List<Admission> reopen = new ArrayList<>();
            List<Long> reopenIds = new ArrayList<>();
            for (Admission a : admissions) {
                Existing membership = existing.get(a.organisationId());
                if (membership == null) {
                    fresh.add(a);
                } else if (Membership.reopenable(membership.status()) || membership.status() == Status.PENDING) {
                    reopen.add(a);
                    reopenIds.add(membership.id());
                } else {
                    already++;
                }
            }
            List<Long> freshIds = insert(bodyId, fresh, now);
            reopen(bodyId, reopen);
            history(fresh, freshIds, note, actor, now);
            history(reopen, reopenIds, note, actor, now);
            remember(fresh, freshIds);
            remember(reopen, reopenIds);
            admitted += fresh.size();
            reopened += reopen.size();
        }

        public Outcome outcome() {
            return new Outcome(admitted, reopened, already);
        }

        private void remember(List<Admission> admissions, List<Long> membershipIds) {
            for (int i = 0; i < admissions.size(); i++) {
                existing.put(admissions.get(i).organisationId(), new Existing(membershipIds.get(i), Status.ACTIVE));
            }
        }
    }

    /** Inserts new memberships with ids drawn from the table's sequence in one query; returns the ids in order. */
    private List<Long> insert(Long bodyId, List<Admission> fresh, Timestamp now) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        List<Long> ids = copy.nextIds("memberships", fresh.size());
        List<Object[]> rows = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            Admission a = fresh.get(i);
            rows.add(new Object[] {ids.get(i), bodyId, a.organisationId(), "ACTIVE", Date.valueOf(a.joinedOn()), now, 0
            });
        }
        copy.copy(
                "memberships",
                List.of("id", "body_id", "organisation_id", "status", "joined_on", "created_at", "version"),
                rows);
        return ids;
    }

    private void reopen(Long bodyId, List<Admission> reopen) {
        for (List<Admission> batch : batches(reopen)) {
            template.batchUpdate(
                    "update memberships set status = 'ACTIVE', joined_on = ?, version = version + 1 "
                            + "where body_id = ? and organisation_id = ?",
                    batch.stream()
                            .map(a -> new Object[] {Date.valueOf(a.joinedOn()), bodyId, a.organisationId()})
                            .toList());
        }
    }

    private void history(List<Admission> admitted, List<Long> membershipIds, String note, String actor, Timestamp now) {
        List<Object[]> rows = new ArrayList<>(admitted.size());
        for (int i = 0; i < admitted.size(); i++) {
            rows.add(new Object[] {
                membershipIds.get(i),
                now,
                "ADMITTED",
                actor,
                note,
                Date.valueOf(admitted.get(i).joinedOn())
            });
        }
        copy.copy(
                "membership_events", List.of("membership_id", "at", "action", "actor", "reason", "effective_on"), rows);
    }

    private static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += BATCH) {
            batches.add(items.subList(from, Math.min(from + BATCH, items.size())));
        }
        return batches;
    }
}

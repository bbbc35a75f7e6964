package org.ronghe.community;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ronghe.community.Membership.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admitting many organisations to a body at once (roster imports) with the same outcome as
 * {@link Admissions#admit} one by one: new members get a membership, rejected or withdrawn ones are
 * readmitted, pending applications are approved by admission, current members are left as they are.
 * Each admission gets an {@code ADMITTED} history event naming the import.
 */
@Service
public class BulkAdmissions {

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    BulkAdmissions(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One organisation to admit, from the given day. */
    public record Admission(Long organisationId, LocalDate joinedOn) {
    }

    /** What happened: new memberships, reopened ones, and organisations that were already members. */
    public record Outcome(int admitted, int reopened, int alreadyMembers) {
    }

    /** The current status of each organisation that has a membership of the body. */
    @Transactional(readOnly = true)
    public Map<Long, Status> statuses(Long bodyId, List<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select organisation_id, status from memberships where body_id = ? and organisation_id = any(?)")
                .params(bodyId, organisationIds.toArray(Long[]::new))
                .query((row, n) -> Map.entry(row.getLong(1), Status.valueOf(row.getString(2)))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Transactional
    public Outcome admitAll(Long bodyId, List<Admission> admissions, String note, String actor, java.time.Instant at) {
        Map<Long, Status> existing = statuses(bodyId, admissions.stream().map(Admission::organisationId).toList());
        List<Admission> fresh = new ArrayList<>();
        List<Admission> reopen = new ArrayList<>();
        int already = 0;
        for (Admission a : admissions) {
            Status status = existing.get(a.organisationId());
            if (status == null) {
                fresh.add(a);
            } else if (Membership.reopenable(status) || status == Status.PENDING) {
                reopen.add(a);
            } else {
                already++;
            }
        }
        Timestamp now = Timestamp.from(at);
        insert(bodyId, fresh, now);
        reopen(bodyId, reopen);
        List<Admission> admitted = new ArrayList<>(fresh);
        admitted.addAll(reopen);
        history(bodyId, admitted, note, actor, now);
        return new Outcome(fresh.size(), reopen.size(), already);
    }

    private void insert(Long bodyId, List<Admission> fresh, Timestamp now) {
        for (List<Admission> batch : batches(fresh)) {
            template.batchUpdate("insert into memberships (body_id, organisation_id, status, joined_on, created_at, version) "
                    + "values (?, ?, 'ACTIVE', ?, ?, 0)", batch.stream()
                    .map(a -> new Object[] {bodyId, a.organisationId(), Date.valueOf(a.joinedOn()), now}).toList());
        }
    }

    private void reopen(Long bodyId, List<Admission> reopen) {
        for (List<Admission> batch : batches(reopen)) {
            template.batchUpdate("update memberships set status = 'ACTIVE', joined_on = ?, version = version + 1 "
                    + "where body_id = ? and organisation_id = ?", batch.stream()
                    .map(a -> new Object[] {Date.valueOf(a.joinedOn()), bodyId, a.organisationId()}).toList());
        }
    }

    private void history(Long bodyId, List<Admission> admitted, String note, String actor, Timestamp now) {
        for (List<Admission> batch : batches(admitted)) {
            template.batchUpdate("insert into membership_events (membership_id, at, action, actor, reason, effective_on) "
                    + "select id, ?, 'ADMITTED', ?, ?, ? from memberships where body_id = ? and organisation_id = ?",
                    batch.stream().map(a -> new Object[] {now, actor, note, Date.valueOf(a.joinedOn()), bodyId,
                            a.organisationId()}).toList());
        }
    }

    private static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += BATCH) {
            batches.add(items.subList(from, Math.min(from + BATCH, items.size())));
        }
        return batches;
    }
}

package org.ronghe.agreement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.agreement.AgreementAccess.Visibility;
import org.ronghe.core.ChineseText;
import org.ronghe.core.PageResult;
import org.ronghe.core.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists agreements a user may see, filtered by body, kind, status, party, overdue, dormant, money and words of the
 * title (typed in traditional or full-width characters too: the words are folded to simplified), newest first.
 */
@Component
public class AgreementList {

    private static final String SELECT =
            "select a.id, a.title, a.kind, a.status, a.body_id, a.signed_on, a.term_ends_on, "
                    + "f.committed_yuan, f.reported_yuan from agreements a left join agreement_figures f on f.agreement_id = a.id";

    private final JdbcClient jdbc;
    private final Clock clock;

    AgreementList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The filters of the list; null means any. {@code overdue}: with an obligation past due and not fulfilled;
     * {@code dormant}: in force and nothing happened for 180 days; {@code money}: signed, not terminated, with money
     * committed or reported.
     */
    public record Filter(
            String q,
            Long bodyId,
            AgreementKind kind,
            AgreementStatus status,
            Long party,
            Boolean overdue,
            Boolean dormant,
            Boolean money) {}

    @Transactional(readOnly = true)
    public PageResult<AgreementSummary> find(Filter filter, Visibility visibility, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, PageResult.MAX_SIZE));
        SqlWhere where = where(filter, visibility);
        long total = jdbc.sql("select count(*) from agreements a left join agreement_figures f on f.agreement_id = a.id"
                        + where.clause())
                .params(where.params())
                .query(Long.class)
                .single();
        List<Object> pageParams = where.params();
        pageParams.add(pageSize);
        pageParams.add((long) Math.max(0, page) * pageSize);
        List<AgreementSummary> items = jdbc.sql(
                        SELECT + where.clause() + " order by a.created_at desc, a.id desc limit ? offset ?")
                .params(pageParams)
                .query(AgreementList::summary)
                .list();
        return new PageResult<>(items, Math.max(0, page), pageSize, total);
    }

    /** Every agreement the filter and the user's visibility allow, newest first, for an export. */
    @Transactional(readOnly = true)
    public List<AgreementSummary> all(Filter filter, Visibility visibility) {
        SqlWhere where = where(filter, visibility);
        return jdbc.sql(SELECT + where.clause() + " order by a.created_at desc, a.id desc")
                .params(where.params())
                .query(AgreementList::summary)
                .list();
    }

    private SqlWhere where(Filter filter, Visibility visibility) {
        return new SqlWhere()
                .when(
                        !visibility.all(),
                        "(a.body_id = any(?) or exists (select 1 from agreement_parties v where "
                                + "v.agreement_id = a.id and v.organisation_id = any(?)))",
                        visibility.bodyIds().toArray(Long[]::new),
                        visibility.organisationIds().toArray(Long[]::new))
                .containing(
                        "a.title ilike ?",
                        filter.q() == null
                                ? null
                                : ChineseText.toSimplified(
                                        ChineseText.foldWidth(filter.q().strip())))
                .and("a.body_id = ?", filter.bodyId())
                .and("a.kind = ?", filter.kind() == null ? null : filter.kind().name())
                .and(
                        "a.status = ?",
                        filter.status() == null ? null : filter.status().name())
                .and(
                        "exists (select 1 from agreement_parties p where p.agreement_id = a.id and p.organisation_id = ?)",
                        filter.party())
                .and(
                        "exists (select 1 from obligation_dues d where d.agreement_id = a.id and d.due_on < ?)",
                        Boolean.TRUE.equals(filter.overdue()) ? Date.valueOf(LocalDate.now(clock)) : null)
                .and(
                        "a.status = 'IN_FORCE' and a.last_activity_at < ?",
                        Boolean.TRUE.equals(filter.dormant())
                                ? Timestamp.from(clock.instant().minus(Reminders.DORMANT_AFTER))
                                : null)
                .when(
                        Boolean.TRUE.equals(filter.money()),
                        "a.status in " + AgreementStatus.committingSql()
                                + " and (f.committed_yuan > 0 or f.reported_yuan > 0)");
    }

    private static AgreementSummary summary(ResultSet r, int n) throws SQLException {
        return new AgreementSummary(
                r.getLong("id"),
                r.getString("title"),
                AgreementKind.valueOf(r.getString("kind")),
                AgreementStatus.valueOf(r.getString("status")),
                (Long) r.getObject("body_id", Long.class),
                date(r.getDate("signed_on")),
                date(r.getDate("term_ends_on")),
                r.getBigDecimal("committed_yuan"),
                r.getBigDecimal("reported_yuan"));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}

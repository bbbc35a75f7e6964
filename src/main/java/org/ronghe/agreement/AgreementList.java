package org.ronghe.agreement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.agreement.AgreementAccess.Visibility;
import org.ronghe.core.ChineseText;
import org.ronghe.core.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists agreements a user may see, filtered by body, kind, status, party, overdue, dormant, money and words of the title (typed in traditional
 * or full-width characters too: the words are folded to simplified), newest first.
 */
@Component
public class AgreementList {

    private static final String SELECT = "select a.id, a.title, a.kind, a.status, a.body_id, a.signed_on, a.term_ends_on, "
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
    public record Filter(String q, Long bodyId, AgreementKind kind, AgreementStatus status, Long party, Boolean overdue,
                         Boolean dormant, Boolean money) {
    }

    @Transactional(readOnly = true)
    public PageResult<AgreementSummary> find(Filter filter, Visibility visibility, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, PageResult.MAX_SIZE));
        List<Object> params = new ArrayList<>();
        String clause = where(filter, visibility, params);
        long total = jdbc.sql("select count(*) from agreements a left join agreement_figures f on f.agreement_id = a.id"
                + clause).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(pageSize);
        pageParams.add((long) Math.max(0, page) * pageSize);
        List<AgreementSummary> items = jdbc.sql(SELECT + clause + " order by a.created_at desc, a.id desc limit ? offset ?")
                .params(pageParams).query(AgreementList::summary).list();
        return new PageResult<>(items, Math.max(0, page), pageSize, total);
    }

    /** Every agreement the filter and the user's visibility allow, newest first, for an export. */
    @Transactional(readOnly = true)
    public List<AgreementSummary> all(Filter filter, Visibility visibility) {
        List<Object> params = new ArrayList<>();
        String clause = where(filter, visibility, params);
        return jdbc.sql(SELECT + clause + " order by a.created_at desc, a.id desc").params(params)
                .query(AgreementList::summary).list();
    }

    private String where(Filter filter, Visibility visibility, List<Object> params) {
        List<String> where = new ArrayList<>();
        visible(visibility, where, params);
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("a.title ilike ?");
            String words = ChineseText.toSimplified(ChineseText.foldWidth(filter.q().strip()));
            params.add("%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        condition(where, params, "a.body_id = ?", filter.bodyId());
        condition(where, params, "a.kind = ?", filter.kind() == null ? null : filter.kind().name());
        condition(where, params, "a.status = ?", filter.status() == null ? null : filter.status().name());
        condition(where, params, "exists (select 1 from agreement_parties p where p.agreement_id = a.id "
                + "and p.organisation_id = ?)", filter.party());
        condition(where, params, "exists (select 1 from obligation_dues d where d.agreement_id = a.id and d.due_on < ?)",
                Boolean.TRUE.equals(filter.overdue()) ? Date.valueOf(LocalDate.now(clock)) : null);
        condition(where, params, "a.status = 'IN_FORCE' and a.last_activity_at < ?", Boolean.TRUE.equals(filter.dormant())
                ? Timestamp.from(clock.instant().minus(Reminders.DORMANT_AFTER)) : null);
        if (Boolean.TRUE.equals(filter.money())) {
            where.add("a.status in " + AgreementStatus.committingSql() + " and (f.committed_yuan > 0 "
                    + "or f.reported_yuan > 0)");
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    private static void visible(Visibility visibility, List<String> where, List<Object> params) {
        if (visibility.all()) {
            return;
        }
        where.add("(a.body_id = any(?) or exists (select 1 from agreement_parties v where v.agreement_id = a.id "
                + "and v.organisation_id = any(?)))");
        params.add(visibility.bodyIds().toArray(Long[]::new));
        params.add(visibility.organisationIds().toArray(Long[]::new));
    }

    private static void condition(List<String> where, List<Object> params, String sql, Object value) {
        if (value != null) {
            where.add(sql);
            params.add(value);
        }
    }

    private static AgreementSummary summary(ResultSet r, int n) throws SQLException {
        return new AgreementSummary(r.getLong("id"), r.getString("title"), AgreementKind.valueOf(r.getString("kind")),
                AgreementStatus.valueOf(r.getString("status")), (Long) r.getObject("body_id", Long.class),
                date(r.getDate("signed_on")), date(r.getDate("term_ends_on")), r.getBigDecimal("committed_yuan"),
                r.getBigDecimal("reported_yuan"));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}

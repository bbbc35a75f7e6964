package org.ronghe.talent.needs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.PageResult;
import org.ronghe.core.RegionCode;
import org.ronghe.core.SqlWhere;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists talent needs by body, enterprise, level, status, region (a province or prefecture takes in the places under it)
 * and words of the post, majors and skills (typed in traditional or full-width characters too).
 */
@Component
public class NeedList {

    private static final String SELECT = "select id, body_id, organisation_id, post, majors, level, headcount, "
            + "region_code, period_starts, period_ends, status from talent_needs";

    private final JdbcClient jdbc;
    private final Directory directory;

    NeedList(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The filters of the list; null means any. {@code sort}: {@code headcount} (largest first) or newest first. */
    public record Filter(
            String q,
            Long bodyId,
            Long organisationId,
            EducationLevel level,
            NeedStatus status,
            String region,
            String sort) {}

    @Transactional(readOnly = true)
    public PageResult<NeedSummary> find(Filter filter, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, PageResult.MAX_SIZE));
        SqlWhere where = where(filter);
        long total = jdbc.sql("select count(*) from talent_needs" + where.clause())
                .params(where.params())
                .query(Long.class)
                .single();
        List<Object> pageParams = where.params();
        pageParams.add(pageSize);
        pageParams.add((long) Math.max(0, page) * pageSize);
        List<NeedSummary> items = jdbc.sql(SELECT + where.clause() + order(filter) + " limit ? offset ?")
                .params(pageParams)
                .query(NeedList::summary)
                .list();
        return new PageResult<>(named(items), Math.max(0, page), pageSize, total);
    }

    /** Every need the filter allows, for an export. */
    @Transactional(readOnly = true)
    public List<NeedSummary> all(Filter filter) {
        SqlWhere where = where(filter);
        return named(jdbc.sql(SELECT + where.clause() + order(filter))
                .params(where.params())
                .query(NeedList::summary)
                .list());
    }

    /** These needs, in the order of their ids. */
    @Transactional(readOnly = true)
    public List<NeedSummary> byIds(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return named(jdbc.sql(SELECT + " where id = any(?) order by id")
                .param(ids.toArray(Long[]::new))
                .query(NeedList::summary)
                .list());
    }

    private List<NeedSummary> named(List<NeedSummary> needs) {
        Map<Long, OrganisationSummary> names = directory.summaries(
                needs.stream().map(NeedSummary::organisationId).distinct().toList());
        return needs.stream()
                .map(n -> n.named(
                        names.containsKey(n.organisationId())
                                ? names.get(n.organisationId()).name()
                                : null))
                .toList();
    }

    private static String order(Filter filter) {
        return "headcount".equals(filter.sort())
                ? " order by headcount desc, id desc"
                : " order by created_at desc, id desc";
    }

    private static SqlWhere where(Filter filter) {
        return new SqlWhere()
                .words("search_text", filter.q())
                .and("body_id = ?", filter.bodyId())
                .and("organisation_id = ?", filter.organisationId())
                .and("level = ?", filter.level() == null ? null : filter.level().name())
                .and(
                        "status = ?",
                        filter.status() == null ? null : filter.status().name())
                .and("region_code like ?", regionPrefix(filter.region()));
    }

    /** The places within a typed region code; a code that names no region matches nothing. */
    private static String regionPrefix(String region) {
        try {
            return region == null || region.isBlank()
                    ? null
                    : RegionCode.of(region.strip()).placesWithin();
        } catch (InvalidIdentifier e) {
            return region.strip();
        }
    }

    private static NeedSummary summary(ResultSet r, int n) throws SQLException {
        return new NeedSummary(
                r.getLong("id"),
                r.getLong("body_id"),
                r.getLong("organisation_id"),
                null,
                r.getString("post"),
                r.getString("majors"),
                EducationLevel.valueOf(r.getString("level")),
                r.getInt("headcount"),
                r.getString("region_code"),
                date(r.getDate("period_starts")),
                date(r.getDate("period_ends")),
                NeedStatus.valueOf(r.getString("status")));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}

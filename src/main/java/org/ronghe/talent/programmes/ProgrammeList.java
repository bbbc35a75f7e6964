package org.ronghe.talent.programmes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ronghe.core.PageResult;
import org.ronghe.core.SqlWhere;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists programmes by body, kind, partner organisation, agreement and words of the name or major, newest first. */
@Component
public class ProgrammeList {

    private final JdbcClient jdbc;
    private final Directory directory;

    ProgrammeList(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The filters of the list; null means any. {@code needId}: programmes answering that need. */
    public record Filter(
            String q, Long bodyId, ProgrammeKind kind, Long organisationId, Long agreementId, Long needId) {}

    private record Row(
            Long id,
            String name,
            String kind,
            Long bodyId,
            Long agreementId,
            String major,
            Integer intakeYear,
            Integer plannedSize,
            Long[] schools,
            Long[] enterprises,
            int cohorts) {}

    @Transactional(readOnly = true)
    public PageResult<ProgrammeSummary> find(Filter filter, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, PageResult.MAX_SIZE));
        SqlWhere where = where(filter);
        long total = jdbc.sql("select count(*) from programmes p" + where.clause())
                .params(where.params())
                .query(Long.class)
                .single();
        List<Object> params = where.params();
        params.add(pageSize);
        params.add((long) Math.max(0, page) * pageSize);
        List<Row> rows = jdbc.sql("select p.id, p.name, p.kind, p.body_id, p.agreement_id, p.major, p.intake_year, "
                        + "p.planned_size, "
                        + "array(select organisation_id from programme_partners x where x.programme_id = p.id "
                        + "and x.role = 'SCHOOL' order by position) as schools, "
                        + "array(select organisation_id from programme_partners x where x.programme_id = p.id "
                        + "and x.role = 'ENTERPRISE' order by position) as enterprises, "
                        + "(select count(*) from cohorts c where c.programme_id = p.id) as cohorts "
                        + "from programmes p" + where.clause()
                        + " order by p.created_at desc, p.id desc limit ? offset ?")
                .params(params)
                .query(ProgrammeList::row)
                .list();
        return new PageResult<>(summaries(rows), Math.max(0, page), pageSize, total);
    }

    private static Row row(ResultSet r, int n) throws SQLException {
        return new Row(
                r.getLong("id"),
                r.getString("name"),
                r.getString("kind"),
                r.getObject("body_id", Long.class),
                r.getObject("agreement_id", Long.class),
                r.getString("major"),
                r.getObject("intake_year", Integer.class),
                r.getObject("planned_size", Integer.class),
                (Long[]) r.getArray("schools").getArray(),
                (Long[]) r.getArray("enterprises").getArray(),
                r.getInt("cohorts"));
    }

    private List<ProgrammeSummary> summaries(List<Row> rows) {
        Map<Long, OrganisationSummary> names = directory.summaries(rows.stream()
                .flatMap(r -> Stream.concat(List.of(r.schools()).stream(), List.of(r.enterprises()).stream()))
                .distinct()
                .toList());
        return rows.stream()
                .map(r -> new ProgrammeSummary(
                        r.id(),
                        r.name(),
                        ProgrammeKind.valueOf(r.kind()),
                        r.bodyId(),
                        r.agreementId(),
                        r.major(),
                        r.intakeYear(),
                        r.plannedSize(),
                        names(r.schools(), names),
                        names(r.enterprises(), names),
                        r.cohorts()))
                .toList();
    }

    private static List<String> names(Long[] ids, Map<Long, OrganisationSummary> names) {
        return List.of(ids).stream()
                .map(id -> names.containsKey(id) ? names.get(id).name() : "#" + id)
                .toList();
    }

    private static SqlWhere where(Filter filter) {
        return new SqlWhere()
                .words("p.search_text", filter.q())
                .and("p.body_id = ?", filter.bodyId())
                .and("p.kind = ?", filter.kind() == null ? null : filter.kind().name())
                .and(
                        "exists (select 1 from programme_partners o where o.programme_id = p.id and o.organisation_id = ?)",
                        filter.organisationId())
                .and("p.agreement_id = ?", filter.agreementId())
                .and(
                        "exists (select 1 from programme_needs n where n.programme_id = p.id and n.need_id = ?)",
                        filter.needId());
    }
}

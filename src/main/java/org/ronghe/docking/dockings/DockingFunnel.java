package org.ronghe.docking.dockings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ronghe.docking.demands.Audience;
import org.ronghe.docking.demands.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A body's docking funnel: its needs posted, matched (the platform found a capability, or a docking was proposed), with
 * a docking proposed, accepted by both sides, with the agreement drafted from it signed, and in force; each need
 * counted once at every step it reached, per kind and per industry section. Only confirmed steps count: an acceptance
 * by the other side, the agreement module's signature and entry into force.
 */
@Service
@Transactional(readOnly = true)
public class DockingFunnel {

    /** The steps of the funnel, each a condition on a need {@code d}. */
    public enum Stage {
        POSTED("true"),
        MATCHED("(d.matched_at is not null or exists (select 1 from dockings k where k.demand_id = d.id))"),
        PROPOSED("exists (select 1 from dockings k where k.demand_id = d.id)"),
        ACCEPTED("exists (select 1 from dockings k where k.demand_id = d.id and k.accepted_at is not null)"),
        SIGNED("exists (select 1 from dockings k where k.demand_id = d.id and k.agreement_signed_at is not null)"),
        IN_FORCE("exists (select 1 from dockings k where k.demand_id = d.id and k.agreement_in_force_at is not null)");

        private final String condition;

        Stage(String condition) {
            this.condition = condition;
        }

        public String messageKey() {
            return "docking.funnel.stage." + name();
        }
    }

    /** How many needs reached each step: of a kind, of an industry section ({@code null}: none given), or in all. */
    public record Part(String key, Map<Stage, Long> counts) {
        public long count(Stage stage) {
            return counts.getOrDefault(stage, 0L);
        }
    }

    /** The funnel in all, by kind and by industry section. */
    public record Figures(Part total, List<Part> byKind, List<Part> byIndustry) {}

    /** A need behind a figure. */
    public record Line(
            Long needId, String title, String kind, String industrySection, Long organisationId, String status) {}

    /** The records behind one figure: how many there are, and the first of them the reader may see. */
    public record Lines(long total, List<Line> items) {}

    private final JdbcClient jdbc;

    DockingFunnel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Figures of(Long bodyId) {
        StringBuilder sql = new StringBuilder("select d.kind, d.industry_section");
        for (Stage stage : Stage.values()) {
            sql.append(", count(*) filter (where ")
                    .append(stage.condition)
                    .append(") ")
                    .append(stage.name());
        }
        sql.append(" from demands d where d.body_id = ? group by d.kind, d.industry_section");
        Map<String, Map<Stage, Long>> kinds = new TreeMap<>();
        Map<String, Map<Stage, Long>> industries = new TreeMap<>();
        Map<Stage, Long> total = new EnumMap<>(Stage.class);
        jdbc.sql(sql.toString()).param(bodyId).query((ResultSet r) -> {
            add(kinds.computeIfAbsent(r.getString("kind"), k -> new EnumMap<>(Stage.class)), r);
            String section = r.getString("industry_section");
            add(industries.computeIfAbsent(section == null ? "" : section, k -> new EnumMap<>(Stage.class)), r);
            add(total, r);
        });
        return new Figures(new Part(null, total), parts(kinds), parts(industries));
    }

    /**
     * The needs at a step (of a kind and an industry section, when given; section {@code "-"}: none given) that the
     * audience may see, newest first, at most {@code limit}; the total counts them all.
     */
    public Lines needs(Long bodyId, Stage stage, String kind, String section, Audience audience, int limit) {
        List<Line> visible = new ArrayList<>();
        long[] total = {0};
        jdbc.sql("select d.id, d.title, d.kind, d.industry_section, d.organisation_id, d.status, d.visibility "
                        + "from demands d where d.body_id = :body and " + stage.condition
                        + " and (cast(:kind as varchar) is null or d.kind = :kind) and (cast(:section as varchar) is null "
                        + "or coalesce(d.industry_section, '-') = :section) order by d.created_at desc, d.id desc")
                .param("body", bodyId)
                .param("kind", kind)
                .param("section", section)
                .query((ResultSet r) -> {
                    total[0]++;
                    if (visible.size() < limit
                            && audience.sees(
                                    bodyId,
                                    r.getLong("organisation_id"),
                                    Visibility.valueOf(r.getString("visibility")))) {
                        visible.add(line(r));
                    }
                });
        return new Lines(total[0], visible);
    }

    private static void add(Map<Stage, Long> counts, ResultSet r) throws SQLException {
        for (Stage stage : Stage.values()) {
            counts.merge(stage, r.getLong(stage.name()), Long::sum);
        }
    }

    private static List<Part> parts(Map<String, Map<Stage, Long>> grouped) {
        return grouped.entrySet().stream()
                .map(e -> new Part(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()))
                .toList();
    }

    private static Line line(ResultSet r) throws SQLException {
        return new Line(
                r.getLong("id"),
                r.getString("title"),
                r.getString("kind"),
                r.getString("industry_section"),
                r.getLong("organisation_id"),
                r.getString("status"));
    }
}

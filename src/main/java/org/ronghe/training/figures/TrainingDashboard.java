package org.ronghe.training.figures;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the training figures from the read model: person-times (人次) and hours of completed training by month, kind and
 * party, certificates by kind, level and month — of a body (its totals and parties' shares), or of an organisation
 * across bodies as one side (the enterprise that sent workers, the provider that trained them, the issuer or holder of
 * certificates). Every figure is a sum of records both sides confirmed.
 */
@Component
@Transactional(readOnly = true)
public class TrainingDashboard {

    private final JdbcClient jdbc;

    TrainingDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Person-times and hours in one group: a month ({@code 2026-09}), a kind, or a party. */
    public record Sum(String key, Long organisationId, long persons, long hours) {}

    /** Certificates of one kind and level (levels of kinds without: blank), or of one month. */
    public record CertificateSum(String kind, String level, String month, long certificates) {}

    /** What a dashboard shows. */
    public record Figures(
            long persons,
            long hours,
            long certificates,
            List<Sum> byMonth,
            List<Sum> byKind,
            List<Sum> byEnterprise,
            List<Sum> byProvider,
            List<CertificateSum> certificatesByLevel,
            List<CertificateSum> certificatesByMonth) {}

    /** A body's figures: its totals, and its parties' shares. */
    public Figures ofBody(Long bodyId) {
        Scope body = new Scope("body_id = ? and side = 'BODY'", bodyId);
        return new Figures(
                total("persons", "training_figures", body),
                total("hours", "training_figures", body),
                total("certificates", "certificate_figures", body),
                sums("to_char(month, 'YYYY-MM')", body),
                sums("kind", body),
                parties(new Scope("body_id = ? and side = 'ENTERPRISE'", bodyId)),
                parties(new Scope("body_id = ? and side = 'PROVIDER'", bodyId)),
                certificatesByLevel(body),
                certificatesByMonth(body));
    }

    /**
     * An organisation's figures across bodies, as one side: {@code ENTERPRISE} (its workers trained, certificates it
     * holds) or {@code PROVIDER} (workers it trained, certificates it issued).
     */
    public Figures ofOrganisation(Long organisationId, boolean asProvider) {
        Scope trained = new Scope(
                "organisation_id = ? and side = '" + (asProvider ? "PROVIDER" : "ENTERPRISE") + "'", organisationId);
        Scope certified = new Scope(
                "organisation_id = ? and side = '" + (asProvider ? "ISSUER" : "HOLDER") + "'", organisationId);
        return new Figures(
                total("persons", "training_figures", trained),
                total("hours", "training_figures", trained),
                total("certificates", "certificate_figures", certified),
                sums("to_char(month, 'YYYY-MM')", trained),
                sums("kind", trained),
                List.of(),
                List.of(),
                certificatesByLevel(certified),
                certificatesByMonth(certified));
    }

    /** The rows a figure sums: a condition with one parameter. */
    private record Scope(String where, Long id) {}

    private long total(String measure, String table, Scope scope) {
        return jdbc.sql("select coalesce(sum(" + measure + "), 0) from " + table + " where " + scope.where())
                .param(scope.id())
                .query(Long.class)
                .single();
    }

    private List<Sum> sums(String key, Scope scope) {
        return jdbc.sql("select " + key + " k, sum(persons) p, sum(hours) h from training_figures where "
                        + scope.where() + " group by 1 having sum(persons) <> 0 order by 1")
                .param(scope.id())
                .query((r, n) -> new Sum(r.getString("k"), null, r.getLong("p"), r.getLong("h")))
                .list();
    }

    private List<Sum> parties(Scope scope) {
        return jdbc.sql("select organisation_id o, sum(persons) p, sum(hours) h from training_figures where "
                        + scope.where() + " group by 1 having sum(persons) <> 0 order by 2 desc, 1 limit 50")
                .param(scope.id())
                .query((r, n) -> new Sum(null, r.getLong("o"), r.getLong("p"), r.getLong("h")))
                .list();
    }

    private List<CertificateSum> certificatesByLevel(Scope scope) {
        return jdbc.sql("select kind, level, sum(certificates) c from certificate_figures where " + scope.where()
                        + " group by 1, 2 having sum(certificates) <> 0 order by 1, 2")
                .param(scope.id())
                .query((r, n) -> new CertificateSum(r.getString("kind"), r.getString("level"), null, r.getLong("c")))
                .list();
    }

    private List<CertificateSum> certificatesByMonth(Scope scope) {
        return jdbc.sql("select to_char(month, 'YYYY-MM') m, sum(certificates) c from certificate_figures where "
                        + scope.where() + " group by 1 having sum(certificates) <> 0 order by 1")
                .param(scope.id())
                .query((r, n) -> new CertificateSum(null, null, r.getString("m"), r.getLong("c")))
                .list();
    }
}

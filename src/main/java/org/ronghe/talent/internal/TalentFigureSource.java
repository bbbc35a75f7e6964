package org.ronghe.talent.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.figures.BodyPeriod;
import org.ronghe.core.figures.Contribution;
import org.ronghe.core.figures.Figure;
import org.ronghe.core.figures.FigureDefinition;
import org.ronghe.core.figures.FigureDefinition.Unit;
import org.ronghe.core.figures.FigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A body's talent pipeline as figures for evaluation, over its programmes (order classes, apprenticeships…): programmes
 * and students enrolled by the period's end; students whose internship the enterprise confirmed during it (by its first
 * evaluation, as the funnel counts an intern); hires confirmed by the school during it, and the shares of them local
 * and in the province; talent needs posted and filled during it. Times are compared with the period's days as they are,
 * so that the indexes on (programme, time) serve a body of a million students.
 */
@Component
class TalentFigureSource implements FigureSource {

    private static final String OF_BODY = "programme_id in (select id from programmes where body_id = ?)";

    /** Within the period: from its first day's start to its last day's end, in the database session's zone. */
    private static final String DURING = " >= cast(? as date) and %s < cast(? as date) + 1";

    private static final String HIRES =
            "select count(*), count(*) filter (where local), count(*) filter (where in_province) " + "from hires where "
                    + OF_BODY + " and status = 'CONFIRMED' and decided_at" + DURING.formatted("decided_at");

    private static final String INTERNS = "select %s count(distinct student_id) from internships where " + OF_BODY
            + " and confirmed_at" + DURING.formatted("confirmed_at") + " %s";

    private final JdbcClient jdbc;

    TalentFigureSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Hires(long confirmed, long local, long inProvince) {}

    @Override
    public List<FigureDefinition> definitions() {
        return List.of(
                new FigureDefinition("talent.programmes", Unit.COUNT),
                new FigureDefinition("talent.students", Unit.PEOPLE),
                new FigureDefinition("talent.interns-evaluated", Unit.PEOPLE),
                new FigureDefinition("talent.hires-confirmed", Unit.PEOPLE),
                new FigureDefinition("talent.local-retention", Unit.RATIO),
                new FigureDefinition("talent.in-province-retention", Unit.RATIO),
                new FigureDefinition("talent.needs-posted", Unit.COUNT),
                new FigureDefinition("talent.needs-filled", Unit.COUNT));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(BodyPeriod scope) {
        Long body = scope.bodyId();
        String funnel = "/talent/funnel?bodyId=" + body;
        String needs = "/talent/needs?bodyId=" + body;
        Hires hires = jdbc.sql(HIRES)
                .params(body, scope.from(), scope.to())
                .query((r, n) -> new Hires(r.getLong(1), r.getLong(2), r.getLong(3)))
                .single();
        return List.of(
                Figure.count(
                        "talent.programmes",
                        count(
                                "select count(*) from programmes where body_id = ? "
                                        + "and created_at < cast(? as date) + 1",
                                body,
                                scope.to()),
                        funnel),
                Figure.count(
                        "talent.students",
                        count(
                                "select count(*) from students where " + OF_BODY
                                        + " and created_at < cast(? as date) + 1",
                                body,
                                scope.to()),
                        funnel),
                Figure.count(
                        "talent.interns-evaluated",
                        count(INTERNS.formatted("", ""), body, scope.from(), scope.to()),
                        funnel),
                Figure.count("talent.hires-confirmed", hires.confirmed(), funnel),
                new Figure(
                        "talent.local-retention", share(hires.local(), hires.confirmed()), hires.confirmed(), funnel),
                new Figure(
                        "talent.in-province-retention",
                        share(hires.inProvince(), hires.confirmed()),
                        hires.confirmed(),
                        funnel),
                Figure.count(
                        "talent.needs-posted",
                        count(
                                "select count(*) from talent_needs where body_id = ? "
                                        + "and cast(created_at as date) between ? and ?",
                                body,
                                scope.from(),
                                scope.to()),
                        needs),
                Figure.count(
                        "talent.needs-filled",
                        count(
                                "select count(*) from talent_needs where body_id = ? "
                                        + "and status = 'FILLED' and cast(created_at as date) <= ?",
                                body,
                                scope.to()),
                        needs));
    }

    @Override
    public List<String> contributionKeys() {
        return List.of("talent.interns-evaluated", "talent.hires-confirmed");
    }

    /** Interns each enterprise hosted and evaluated, hires each confirmed by the school, in the period. */
    @Override
    @Transactional(readOnly = true)
    public List<Contribution> contributions(BodyPeriod scope) {
        List<Contribution> found = new ArrayList<>();
        found.addAll(byOrganisation(
                "talent.interns-evaluated", INTERNS.formatted("enterprise_id,", "group by enterprise_id"), scope));
        found.addAll(byOrganisation(
                "talent.hires-confirmed",
                "select enterprise_id, count(*) from hires where " + OF_BODY + " and status = 'CONFIRMED' "
                        + "and decided_at" + DURING.formatted("decided_at") + " group by enterprise_id",
                scope));
        return found;
    }

    private List<Contribution> byOrganisation(String key, String sql, BodyPeriod scope) {
        return jdbc.sql(sql)
                .params(scope.bodyId(), scope.from(), scope.to())
                .query((r, n) -> new Contribution(r.getLong(1), key, r.getBigDecimal(2)))
                .list();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}

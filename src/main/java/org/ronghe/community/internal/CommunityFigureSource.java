package org.ronghe.community.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ronghe.core.figures.BodyPeriod;
import org.ronghe.core.figures.Figure;
import org.ronghe.core.figures.FigureDefinition;
import org.ronghe.core.figures.FigureDefinition.Unit;
import org.ronghe.core.figures.FigureSource;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.directory.OrganisationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A body's members and governance as figures for evaluation: members on the last day of the period (admitted by then
 * and not withdrawn by then), by type; members admitted during it; council meetings and assemblies held; whether a
 * charter was adopted by the period's end.
 */
@Component
class CommunityFigureSource implements FigureSource {

    private static final String MEMBERS_AT_END = "select m.organisation_id from memberships m where m.body_id = ? "
            + "and m.joined_on <= ? and not exists (select 1 from membership_events e where e.membership_id = m.id "
            + "and e.action = 'WITHDRAWN' and coalesce(e.effective_on, cast(e.at as date)) <= ?)";

    private static final List<OrganisationType> BY_TYPE = List.of(
            OrganisationType.ENTERPRISE,
            OrganisationType.VOCATIONAL_SCHOOL,
            OrganisationType.UNIVERSITY,
            OrganisationType.RESEARCH_INSTITUTE);

    private final JdbcClient jdbc;
    private final Directory directory;

    CommunityFigureSource(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Override
    public List<FigureDefinition> definitions() {
        List<FigureDefinition> definitions = new ArrayList<>();
        definitions.add(new FigureDefinition("community.members", Unit.COUNT));
        BY_TYPE.forEach(t -> definitions.add(new FigureDefinition(typeKey(t), Unit.COUNT)));
        definitions.add(new FigureDefinition("community.members-admitted", Unit.COUNT));
        definitions.add(new FigureDefinition("community.council-meetings", Unit.COUNT));
        definitions.add(new FigureDefinition("community.charter-adopted", Unit.YES_NO));
        return definitions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(BodyPeriod scope) {
        String members = "/bodies/" + scope.bodyId() + "/members";
        String governance = "/bodies/" + scope.bodyId() + "/manage/governance";
        List<Long> atEnd = jdbc.sql(MEMBERS_AT_END)
                .params(scope.bodyId(), scope.to(), scope.to())
                .query(Long.class)
                .list();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.count("community.members", atEnd.size(), members));
        byType(atEnd, members, figures);
        figures.add(Figure.count(
                "community.members-admitted",
                count("select count(*) from memberships where body_id = ? and joined_on between ? and ?", scope),
                members));
        figures.add(Figure.count(
                "community.council-meetings",
                count("select count(*) from body_meetings where body_id = ? and held_on between ? and ?", scope),
                governance));
        long charters = jdbc.sql("select count(*) from charter_versions where body_id = ? and adopted_on <= ?")
                .params(scope.bodyId(), scope.to())
                .query(Long.class)
                .single();
        figures.add(new Figure(
                "community.charter-adopted", charters > 0 ? BigDecimal.ONE : BigDecimal.ZERO, charters, governance));
        return figures;
    }

    private void byType(Collection<Long> members, String href, List<Figure> figures) {
        Map<Long, OrganisationSummary> summaries = directory.summaries(members);
        for (OrganisationType type : BY_TYPE) {
            long count =
                    summaries.values().stream().filter(s -> s.type() == type).count();
            figures.add(Figure.count(typeKey(type), count, href + "?type=" + type.name()));
        }
    }

    private long count(String sql, BodyPeriod scope) {
        return jdbc.sql(sql)
                .params(scope.bodyId(), scope.from(), scope.to())
                .query(Long.class)
                .single();
    }

    private static String typeKey(OrganisationType type) {
        return "community.members-" + type.name().toLowerCase().replace('_', '-');
    }
}

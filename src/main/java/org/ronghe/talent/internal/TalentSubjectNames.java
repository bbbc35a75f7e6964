package org.ronghe.talent.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.ronghe.core.work.SubjectNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Programmes by name and talent needs by post, for the audit trail (students are never named there). */
@Component
class TalentSubjectNames implements SubjectNames {

    private final JdbcClient jdbc;

    TalentSubjectNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> names(String kind, Collection<String> ids) {
        return switch (kind) {
            case "programme" -> lookUp("select id, name from programmes where id = any(?)", ids);
            case "talent-need" -> lookUp("select id, post from talent_needs where id = any(?)", ids);
            default -> Map.of();
        };
    }

    private Map<String, String> lookUp(String sql, Collection<String> ids) {
        return jdbc.sql(sql).param(SubjectNames.numeric(ids))
                .query((r, n) -> Map.entry(Long.toString(r.getLong(1)), r.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}

package org.ronghe.talent.internal;

import java.util.Collection;
import java.util.Map;
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
            case "programme" -> SubjectNames.lookUp(jdbc, "select id, name from programmes where id = any(?)", ids);
            case "talent-need" -> SubjectNames.lookUp(jdbc, "select id, post from talent_needs where id = any(?)", ids);
            default -> Map.of();
        };
    }
}

package org.ronghe.agreement.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.ronghe.core.work.SubjectNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Agreements by title, for the audit trail. */
@Component
class AgreementSubjectNames implements SubjectNames {

    private final JdbcClient jdbc;

    AgreementSubjectNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> names(String kind, Collection<String> ids) {
        return "agreement".equals(kind) ? lookUp("select id, title from agreements where id = any(?)", ids) : Map.of();
    }

    private Map<String, String> lookUp(String sql, Collection<String> ids) {
        return jdbc.sql(sql).param(SubjectNames.numeric(ids))
                .query((r, n) -> Map.entry(Long.toString(r.getLong(1)), r.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}

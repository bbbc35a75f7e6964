package org.ronghe.directory.internal;

import java.util.Collection;
import java.util.Map;
import org.ronghe.core.work.SubjectNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Organisations (and schools) by name, for the audit trail. */
@Component
class OrganisationSubjectNames implements SubjectNames {

    private final JdbcClient jdbc;

    OrganisationSubjectNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> names(String kind, Collection<String> ids) {
        return "organisation".equals(kind) || "school".equals(kind)
                ? SubjectNames.lookUp(jdbc, "select id, name from organisations where id = any(?)", ids)
                : Map.of();
    }
}

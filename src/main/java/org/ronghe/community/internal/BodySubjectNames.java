package org.ronghe.community.internal;

import java.util.Collection;
import java.util.Map;
import org.ronghe.core.work.SubjectNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Bodies by name, for the audit trail. */
@Component
class BodySubjectNames implements SubjectNames {

    private final JdbcClient jdbc;

    BodySubjectNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> names(String kind, Collection<String> ids) {
        return "body".equals(kind)
                ? SubjectNames.lookUp(jdbc, "select id, name from bodies where id = any(?)", ids)
                : Map.of();
    }
}

package org.ronghe.agreement.internal;

import java.util.Collection;
import java.util.Map;
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
        return "agreement".equals(kind)
                ? SubjectNames.lookUp(jdbc, "select id, title from agreements where id = any(?)", ids)
                : Map.of();
    }
}

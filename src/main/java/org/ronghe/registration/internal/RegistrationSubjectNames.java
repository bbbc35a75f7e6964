package org.ronghe.registration.internal;

import java.util.Collection;
import java.util.Map;
import org.ronghe.core.work.SubjectNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Registrations by the unit's name, for the audit trail. */
@Component
class RegistrationSubjectNames implements SubjectNames {

    private final JdbcClient jdbc;

    RegistrationSubjectNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> names(String kind, Collection<String> ids) {
        if (!"registration".equals(kind)) {
            return Map.of();
        }
        return SubjectNames.lookUp(jdbc, "select id, organisation_name from registrations where id = any(?)", ids);
    }
}

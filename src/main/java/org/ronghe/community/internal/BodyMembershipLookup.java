package org.ronghe.community.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.ronghe.community.Membership;
import org.ronghe.directory.MembershipLookup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lets the directory filter organisations by the bodies they belong to. */
@Component
class BodyMembershipLookup implements MembershipLookup {

    private final JdbcClient jdbc;

    BodyMembershipLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Choice> bodies() {
        return jdbc.sql("select id, name from bodies order by name")
                .query((row, n) -> new Choice(row.getString("id"), row.getString("name")))
                .list();
    }

    @Override
    public List<Choice> statuses() {
        return Arrays.stream(Membership.Status.values())
                .map(s -> new Choice(s.name(), s.messageKey()))
                .toList();
    }

    @Override
    public Collection<Long> organisationIds(Long bodyId, String status) {
        if (status == null) {
            return jdbc.sql("select organisation_id from memberships where body_id = ?")
                    .param(bodyId)
                    .query(Long.class)
                    .list();
        }
        boolean known =
                Arrays.stream(Membership.Status.values()).anyMatch(s -> s.name().equals(status));
        return !known
                ? List.of()
                : jdbc.sql("select organisation_id from memberships where body_id = ? and status = ?")
                        .params(bodyId, status)
                        .query(Long.class)
                        .list();
    }
}

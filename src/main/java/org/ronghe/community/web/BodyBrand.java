package org.ronghe.community.web;

import java.util.List;
import java.util.UUID;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The body whose name and logo the header shows beside the platform's, for a signed-in user: the body they serve
 * (secretariat, observer) or, for a unit's people, the first body their unit is an active member of. None for platform
 * admins and visitors.
 */
@Component("bodyBrand")
class BodyBrand {

    private final Permissions permissions;
    private final JdbcClient jdbc;

    BodyBrand(Permissions permissions, JdbcClient jdbc) {
        this.permissions = permissions;
        this.jdbc = jdbc;
    }

    /** The body in the header: its id, short name (or name) and logo file (null: none). */
    public record Brand(Long id, String name, UUID logo) {}

    /** The user's body, or null. */
    public Brand current() {
        List<Long> served = permissions.bodiesAs(Role.SECRETARIAT, Role.OBSERVER);
        if (!served.isEmpty()) {
            return brand("b.id = ?", served.get(0));
        }
        List<Long> units =
                permissions.organisationsAs(Role.ORGANISATION_ADMIN, Role.PERSONAL_DATA_OFFICER, Role.STUDENT);
        return units.isEmpty()
                ? null
                : brand(
                        "b.id = (select m.body_id from memberships m where m.organisation_id = "
                                + "any(?) and m.status = 'ACTIVE' order by m.body_id limit 1)",
                        units.toArray(Long[]::new));
    }

    private Brand brand(String which, Object parameter) {
        return jdbc.sql("select b.id, coalesce(b.short_name, b.name), b.logo_file_id from bodies b where " + which)
                .param(parameter)
                .query((r, n) -> new Brand(r.getLong(1), r.getString(2), r.getObject(3, UUID.class)))
                .optional()
                .orElse(null);
    }
}

package org.ronghe.workbench;

import java.util.List;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Which of the signed-in user's units the menu offers what for: a school's admins and personal-data officers get the
 * students and their imports, other units' admins the employer's page.
 */
@Component("menuScope")
class MenuScope {

    private final Permissions permissions;
    private final Directory directory;

    MenuScope(Permissions permissions, Directory directory) {
        this.permissions = permissions;
        this.directory = directory;
    }

    /** The schools whose students the user keeps. */
    public List<Long> schools() {
        return ofType(permissions.organisationsAs(Role.ORGANISATION_ADMIN, Role.PERSONAL_DATA_OFFICER), true);
    }

    /** The units (not schools) the user administers, which take interns and hire. */
    public List<Long> employers() {
        return ofType(permissions.organisationsAs(Role.ORGANISATION_ADMIN), false);
    }

    private List<Long> ofType(List<Long> ids, boolean schools) {
        return directory.summaries(ids).values().stream()
                .filter(o -> o.type().isSchool() == schools)
                .map(OrganisationSummary::id)
                .sorted()
                .toList();
    }
}

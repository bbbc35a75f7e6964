package org.ronghe.docking.imports;

import java.util.HashSet;
import java.util.Set;
import org.ronghe.community.Community;
import org.ronghe.core.Actor;
import org.ronghe.docking.imports.DockingImport.Subject;
import org.ronghe.identity.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who imports needs and capabilities, and for which organisations: a body's secretariat for the body's active members,
 * an organisation's admins for it (needs in a body only while it is a member), platform admins for anyone. An import is
 * seen by whoever started it and platform admins. Used in {@code @PreAuthorize} as {@code @dockingImportAccess};
 * unknown ids pass, so that the request answers 404.
 */
@Component("dockingImportAccess")
public class DockingImportAccess {

    private final Permissions permissions;
    private final Community community;
    private final DockingImportRecords records;

    DockingImportAccess(Permissions permissions, Community community, DockingImportRecords records) {
        this.permissions = permissions;
        this.community = community;
        this.records = records;
    }

    /** A default organisation must be the user's; without one, rows are checked against what the user may post for. */
    public boolean canStart(Long bodyId, Long organisationId) {
        if (permissions.isPlatformAdmin() || (bodyId != null && permissions.canManageBody(bodyId))) {
            return true;
        }
        return organisationId != null
                ? permissions.canManageOrganisation(organisationId)
                : !permissions.administeredOrganisations().isEmpty();
    }

    public boolean canSee(Long importId) {
        return records.find(importId)
                .map(j -> permissions.isPlatformAdmin() || j.createdBy().equals(Actor.current()))
                .orElse(true);
    }

    /**
     * What the signed-in user may import: the organisations rows may be for (null: any).
     *
     * @throws org.ronghe.core.NotFound when the body does not exist
     */
    public DockingImports.Scope scope(Subject subject, Long bodyId, Long organisationId) {
        if (bodyId != null) {
            community.get(bodyId);
        }
        Set<Long> members = bodyId == null ? null : Set.copyOf(community.activeMembers(bodyId));
        Set<Long> allowed;
        if (permissions.isPlatformAdmin() || (bodyId != null && permissions.canManageBody(bodyId))) {
            allowed = members;
        } else {
            allowed = new HashSet<>(permissions.administeredOrganisations());
            if (subject == Subject.NEEDS && members != null) {
                allowed.retainAll(members);
            }
        }
        return new DockingImports.Scope(subject, bodyId, organisationId, allowed);
    }
}

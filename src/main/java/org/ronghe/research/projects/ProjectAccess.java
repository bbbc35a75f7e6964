package org.ronghe.research.projects;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.ronghe.identity.RongheUser;
import org.springframework.stereotype.Component;

/**
 * Who may see and change projects, as for agreements: platform admins; the secretariat of the project's body; the
 * admins of its parties. Observers of the body read. Used in {@code @PreAuthorize} as {@code @projectAccess}. Unknown
 * ids pass, so that the request answers 404 rather than 403.
 */
@Component("projectAccess")
public class ProjectAccess {

    private final Permissions permissions;
    private final Projects projects;
    private final Tranches tranches;
    private final Milestones milestones;

    ProjectAccess(Permissions permissions, Projects projects, Tranches tranches, Milestones milestones) {
        this.permissions = permissions;
        this.projects = projects;
        this.tranches = tranches;
        this.milestones = milestones;
    }

    /** Planning a project: the body's secretariat, or an admin of one of its parties (or a platform admin). */
    public boolean canPlan(ProjectDraft terms) {
        return terms != null && permissions.canActIn(terms.bodyId(), terms.organisationIds());
    }

    public boolean canEdit(Long projectId) {
        return projects.findById(projectId)
                .map(p -> permissions.canActIn(p.bodyId(), p.organisationIds()))
                .orElse(true);
    }

    public boolean canRead(Long projectId) {
        return projects.findById(projectId)
                .map(p -> permissions.canActIn(p.bodyId(), p.organisationIds()) || permissions.canReadBody(p.bodyId()))
                .orElse(true);
    }

    public boolean canReadTranche(Long trancheId) {
        return tranches.findById(trancheId).map(t -> canRead(t.projectId())).orElse(true);
    }

    public boolean canReadMilestone(Long milestoneId) {
        return milestones.findById(milestoneId).map(m -> canRead(m.projectId())).orElse(true);
    }

    /**
     * R&D figures and the records behind them: a body's (and its records, whatever party they name) to its secretariat
     * and observers and platform admins; an organisation's across bodies to its admins.
     */
    public boolean canReadFigures(Long bodyId, Long organisationId) {
        if (bodyId != null) {
            return permissions.canReadBody(bodyId);
        }
        return organisationId != null && permissions.canManageOrganisation(organisationId);
    }

    /** Acting for an organisation (declaring, confirming, accepting): its admins, or a platform admin. */
    public boolean canActFor(Long organisationId) {
        return organisationId != null && permissions.canManageOrganisation(organisationId);
    }

    /** What a list may show the signed-in user: everything, or the projects of these bodies and organisations. */
    public Visibility visibility() {
        Optional<RongheUser> user = Permissions.currentUser();
        if (user.isEmpty()) {
            return new Visibility(false, List.of(), List.of());
        }
        if (user.get().isPlatformAdmin()) {
            return new Visibility(true, List.of(), List.of());
        }
        return new Visibility(
                false,
                user.get().grants().stream()
                        .filter(g -> Set.of(Role.SECRETARIAT, Role.OBSERVER).contains(g.role()))
                        .map(Grant::bodyId)
                        .toList(),
                permissions.administeredOrganisations());
    }

    /** Everything, or only projects in these bodies or with one of these organisations as a party. */
    public record Visibility(boolean all, List<Long> bodyIds, List<Long> organisationIds) {}
}

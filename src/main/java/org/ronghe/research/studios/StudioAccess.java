package org.ronghe.research.studios;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.ronghe.identity.RongheUser;
import org.springframework.stereotype.Component;

/**
 * Who may see and change studios, as for projects: platform admins, the secretariat of the studio's body and the admins
 * of its host write; the body's observers read. Which side records and which confirms is the book's rule
 * ({@link StudioRecords}). Used in {@code @PreAuthorize} as {@code @studioAccess}; unknown ids pass (404, not 403).
 */
@Component("studioAccess")
public class StudioAccess {

    private final Permissions permissions;
    private final Studios studios;

    StudioAccess(Permissions permissions, Studios studios) {
        this.permissions = permissions;
        this.studios = studios;
    }

    public boolean canOpen(StudioDraft terms) {
        return terms != null && permissions.canActIn(terms.bodyId(), hostOf(terms));
    }

    public boolean canEdit(Long studioId) {
        return studios.findById(studioId)
                .map(s -> permissions.canActIn(s.bodyId(), List.of(s.hostId())))
                .orElse(true);
    }

    public boolean canRead(Long studioId) {
        return studios.findById(studioId)
                .map(s -> permissions.canActIn(s.bodyId(), List.of(s.hostId())) || permissions.canReadBody(s.bodyId()))
                .orElse(true);
    }

    /** Acting for the studio's host: its admins (or a platform admin). */
    public boolean actsForHost(Studio studio) {
        return permissions.canManageOrganisation(studio.hostId());
    }

    /** Acting for the studio's body: its secretariat (or a platform admin). */
    public boolean actsForBody(Studio studio) {
        return permissions.canManageBody(studio.bodyId());
    }

    /** Everything, or the studios of these bodies and hosts. */
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

    private static List<Long> hostOf(StudioDraft terms) {
        return terms.hostId() == null ? List.of() : List.of(terms.hostId());
    }

    /** Everything, or only studios in these bodies or hosted by one of these organisations. */
    public record Visibility(boolean all, List<Long> bodyIds, List<Long> organisationIds) {}
}

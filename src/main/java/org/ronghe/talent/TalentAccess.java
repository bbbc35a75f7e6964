package org.ronghe.talent;

import java.util.Collection;
import java.util.List;
import org.ronghe.identity.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who may change the talent pipeline: platform admins; the secretariat of the body; the admins of the organisation
 * that posted a need or takes part in a programme. Every signed-in user reads needs and programmes (they carry no
 * personal data). Used in {@code @PreAuthorize} as {@code @talentAccess}. Unknown ids pass, so that the request
 * answers 404 rather than 403.
 */
@Component("talentAccess")
public class TalentAccess {

    private final Permissions permissions;
    private final TalentNeeds needs;
    private final Programmes programmes;

    TalentAccess(Permissions permissions, TalentNeeds needs, Programmes programmes) {
        this.permissions = permissions;
        this.needs = needs;
        this.programmes = programmes;
    }

    /** Posting a need: the enterprise's admins, or the body's secretariat. */
    public boolean canPost(NeedTerms terms) {
        return terms != null && canActIn(terms.bodyId(), List.of(terms.organisationId()));
    }

    public boolean canEditNeed(Long needId) {
        return needs.findById(needId).map(n -> canActIn(n.bodyId(), List.of(n.organisationId())))
                .orElse(true);
    }

    /** Setting up a programme: an admin of one of its schools or enterprises, or the body's secretariat. */
    public boolean canLaunch(ProgrammeTerms terms) {
        return terms != null && canActIn(terms.bodyId(), terms.organisationIds());
    }

    public boolean canEditProgramme(Long programmeId) {
        return programmes.findById(programmeId).map(p -> canActIn(p.bodyId(), p.terms().organisationIds()))
                .orElse(true);
    }

    /**
     * Adding or removing a programme's schools: platform admins and the admins of a school already in it. Every school in
     * a programme reads its student list, so an enterprise or another school must not be able to let a school in.
     */
    public boolean canChangeSchools(Programme programme) {
        return permissions.isPlatformAdmin() || programme.terms().organisationIds(PartnerRole.SCHOOL).stream()
                .anyMatch(permissions::canManageOrganisation);
    }

    private boolean canActIn(Long bodyId, Collection<Long> organisationIds) {
        return permissions.isPlatformAdmin() || (bodyId != null && permissions.canManageBody(bodyId))
                || organisationIds.stream().anyMatch(id -> id != null && permissions.canManageOrganisation(id));
    }
}

package org.ronghe.talent.programmes;

import org.ronghe.identity.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who may set up and change programmes: platform admins, the secretariat of the body, the admins of an organisation
 * that takes part. Every signed-in user reads programmes (they carry no personal data). Used in {@code @PreAuthorize}
 * as {@code @programmeAccess}. Unknown ids pass, so that the request answers 404 rather than 403.
 */
@Component("programmeAccess")
public class ProgrammeAccess {

    private final Permissions permissions;
    private final Programmes programmes;

    ProgrammeAccess(Permissions permissions, Programmes programmes) {
        this.permissions = permissions;
        this.programmes = programmes;
    }

    /** Setting up a programme: an admin of one of its schools or enterprises, or the body's secretariat. */
    public boolean canLaunch(ProgrammeDraft terms) {
        return terms != null && permissions.canActIn(terms.bodyId(), terms.organisationIds());
    }

    public boolean canEditProgramme(Long programmeId) {
        return programmes
                .findById(programmeId)
                .map(p -> permissions.canActIn(p.bodyId(), p.terms().organisationIds()))
                .orElse(true);
    }

    /**
     * Adding or removing a programme's schools: platform admins and the admins of a school already in it. Every school
     * in a programme reads its student list, so an enterprise or another school must not be able to let a school in.
     */
    public boolean canChangeSchools(Programme programme) {
        return permissions.isPlatformAdmin()
                || programme.terms().organisationIds(PartnerRole.SCHOOL).stream()
                        .anyMatch(permissions::canManageOrganisation);
    }
}

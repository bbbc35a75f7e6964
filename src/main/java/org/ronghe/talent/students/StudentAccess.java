package org.ronghe.talent.students;

import org.ronghe.core.InvalidInput;
import org.ronghe.identity.Permissions;
import org.ronghe.talent.programmes.PartnerRole;
import org.ronghe.talent.programmes.Programmes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change students. The school's admins and personal-data officers (and platform admins) keep them; an
 * organisation's admins read a student only while the student consents to share with that organisation (the check reads
 * the consent on every request, so a withdrawal takes effect at once); only the school's personal-data officers see ID
 * and mobile numbers in full. Used in {@code @PreAuthorize} as {@code @studentAccess}. Unknown ids pass, so that the
 * request answers 404 rather than 403.
 */
@Component("studentAccess")
public class StudentAccess {

    private final Permissions permissions;
    private final Students students;
    private final Programmes programmes;
    private final StudentSelfService self;

    StudentAccess(Permissions permissions, Students students, Programmes programmes, StudentSelfService self) {
        this.programmes = programmes;
        this.self = self;
        this.permissions = permissions;
        this.students = students;
    }

    /** A body's funnel and the (masked) lists behind it: its secretariat and observers, and platform admins. */
    public boolean canReadBodyFigures(Long bodyId) {
        return bodyId != null && permissions.canReadBody(bodyId);
    }

    /** A programme's funnel and the (masked) lists behind it: its schools' keepers, and the readers of its body. */
    public boolean canReadProgrammeFigures(Long programmeId) {
        return programmeId != null
                && programmes
                        .findById(programmeId)
                        .map(p -> canReadBodyFigures(p.bodyId())
                                || p.terms().organisationIds(PartnerRole.SCHOOL).stream()
                                        .anyMatch(this::canKeep))
                        .orElse(true);
    }

    /** A programme's funnel without the lists: also its enterprises' admins. */
    public boolean canSeeProgrammeFunnel(Long programmeId) {
        return canReadProgrammeFigures(programmeId)
                || programmes
                        .findById(programmeId)
                        .map(p -> p.terms().organisationIds(PartnerRole.ENTERPRISE).stream()
                                .anyMatch(this::actsFor))
                        .orElse(true);
    }

    /** An enterprise's funnel: its admins and platform admins. */
    public boolean canReadEnterpriseFigures(Long enterpriseId) {
        return enterpriseId != null && (actsFor(enterpriseId) || permissions.isPlatformAdmin());
    }

    /** Acting for an enterprise (evaluating as its mentor, confirming a hire): its own admins, nobody else. */
    public boolean actsFor(Long enterpriseId) {
        return enterpriseId != null && permissions.administeredOrganisations().contains(enterpriseId);
    }

    /**
     * Whether the user may see the student's name: the school's keepers, or an organisation the student consents to.
     */
    public boolean canSeeName(Student student) {
        return canKeep(student.schoolId())
                || permissions.administeredOrganisations().stream().anyMatch(student::hasConsented)
                || isSelf(student.id());
    }

    /** Enrolling and listing a school's students. */
    public boolean canKeep(Long schoolId) {
        return schoolId != null
                && (permissions.isPlatformAdmin()
                        || permissions.canManageOrganisation(schoolId)
                        || permissions.canSeePersonalDataOf(schoolId));
    }

    public boolean canManage(Long studentId) {
        return students.findById(studentId).map(s -> canKeep(s.schoolId())).orElse(true);
    }

    public boolean canRead(Long studentId) {
        return students.findById(studentId)
                .map(s -> canKeep(s.schoolId())
                        || permissions.administeredOrganisations().stream().anyMatch(s::hasConsented)
                        || isSelf(studentId))
                .orElse(true);
    }

    /** Whether the signed-in user is this student (their own log-in). */
    public boolean isSelf(Long studentId) {
        return self.currentStudent().map(studentId::equals).orElse(false);
    }

    /** Seeing ID and mobile numbers in full: the school's personal-data officers only. */
    public boolean canReveal(Long schoolId) {
        return schoolId != null && permissions.canSeePersonalDataOf(schoolId);
    }

    /** Listing the students who consented to share with an organisation: its admins. */
    public boolean canListConsented(Long organisationId) {
        return organisationId != null
                && (permissions.isPlatformAdmin() || permissions.canManageOrganisation(organisationId));
    }

    /**
     * Checks a list or export of students: a school's students for its keepers, consenting students for the
     * organisation's admins, a programme's or a body's (behind the funnel) for those who read its figures; numbers in
     * full only for the school's personal-data officers.
     *
     * @throws InvalidInput when neither a school nor an organisation is named
     * @throws AccessDeniedException when the user may not
     */
    public void requireListing(StudentList.Filter filter, boolean full) {
        if (!filter.scoped()) {
            throw new InvalidInput("schoolId", "talent.student.scope.required");
        }
        boolean allowed = filter.schoolId() != null
                ? canKeep(filter.schoolId())
                : filter.consentedTo() != null
                        ? canListConsented(filter.consentedTo())
                        : filter.programmeId() != null
                                ? canReadProgrammeFigures(filter.programmeId())
                                : canReadBodyFigures(filter.bodyId());
        if (!allowed || (full && !canReveal(filter.schoolId()))) {
            throw new AccessDeniedException("students");
        }
    }
}

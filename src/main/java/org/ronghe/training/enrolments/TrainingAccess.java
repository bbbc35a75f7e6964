package org.ronghe.training.enrolments;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.ronghe.community.Community;
import org.ronghe.identity.Permissions;
import org.ronghe.training.courses.CourseDraft;
import org.ronghe.training.courses.Courses;
import org.ronghe.training.courses.TrainingSessions;
import org.springframework.stereotype.Component;

/**
 * Who may see and change training, as for agreements: the body's secretariat and the provider's admins offer courses
 * and schedule sessions; the secretariat and the sending enterprise's admins enrol workers; the provider records
 * attendance and results, the enterprise confirms; the body's observers and the admins of its member organisations read
 * courses and sessions, but each enterprise sees only its own workers. Used in {@code @PreAuthorize} as
 * {@code @trainingAccess}; unknown ids pass, so that the request answers 404 rather than 403.
 */
@Component("trainingAccess")
public class TrainingAccess {

    private final Permissions permissions;
    private final Community community;
    private final Courses courses;
    private final TrainingSessions sessions;
    private final TrainingEnrolments enrolments;

    TrainingAccess(
            Permissions permissions,
            Community community,
            Courses courses,
            TrainingSessions sessions,
            TrainingEnrolments enrolments) {
        this.permissions = permissions;
        this.community = community;
        this.courses = courses;
        this.sessions = sessions;
        this.enrolments = enrolments;
    }

    public boolean canOffer(CourseDraft draft) {
        return draft != null && canOfferAs(draft.bodyId(), draft.providerId());
    }

    /** Offering a course in this body as this provider. */
    public boolean canOfferAs(Long bodyId, Long providerId) {
        return permissions.canActIn(bodyId, nonNull(providerId));
    }

    public boolean canEditCourse(Long courseId) {
        return courses.findById(courseId)
                .map(c -> permissions.canActIn(c.bodyId(), List.of(c.providerId())))
                .orElse(true);
    }

    public boolean canReadCourse(Long courseId) {
        return courses.findById(courseId).map(c -> canReadBody(c.bodyId())).orElse(true);
    }

    public boolean canReadSession(Long sessionId) {
        return sessions.findById(sessionId).map(s -> canReadBody(s.bodyId())).orElse(true);
    }

    /** The body's training: platform admins, its secretariat and observers, admins of its active members. */
    public boolean canReadBody(Long bodyId) {
        return bodyId != null
                && (permissions.canReadBody(bodyId)
                        || permissions.administeredOrganisations().stream()
                                .anyMatch(o -> community.isActiveMember(bodyId, o)));
    }

    public boolean canEnrol(EnrolmentDraft draft) {
        return draft != null
                && draft.sessionId() != null
                && sessions.findById(draft.sessionId())
                        .map(s -> permissions.canManageBody(s.bodyId())
                                || (draft.enterpriseId() != null
                                        && permissions.canManageOrganisation(draft.enterpriseId())))
                        .orElse(true);
    }

    public boolean canReadEnrolment(Long enrolmentId) {
        return enrolments
                .findById(enrolmentId)
                .map(e -> permissions.canReadBody(e.bodyId())
                        || permissions.canManageOrganisation(e.providerId())
                        || permissions.canManageOrganisation(e.enterpriseId()))
                .orElse(true);
    }

    /**
     * Figures and the records behind them: a body's to its secretariat and observers (and platform admins); an
     * organisation's own (as enterprise, provider, issuer or holder) to its admins.
     */
    public boolean canReadFigures(Long bodyId, Long enterpriseId, Long providerId) {
        if (bodyId != null) {
            return permissions.canReadBody(bodyId);
        }
        return (enterpriseId != null || providerId != null)
                && (enterpriseId == null || permissions.canManageOrganisation(enterpriseId))
                && (providerId == null || permissions.canManageOrganisation(providerId));
    }

    /** Acting for an organisation (recording a result, confirming): its admins, or a platform admin. */
    public boolean canActFor(Long organisationId) {
        return organisationId != null && permissions.canManageOrganisation(organisationId);
    }

    /**
     * Whose enrolments in a session the signed-in user sees: null for all (platform admins, the body's secretariat and
     * observers, the provider's admins), else the enterprises they administer.
     */
    public List<Long> enterprisesSeenIn(Long sessionId) {
        var session = sessions.findById(sessionId).orElse(null);
        if (session == null
                || permissions.canReadBody(session.bodyId())
                || permissions.canManageOrganisation(session.providerId())) {
            return null;
        }
        return permissions.administeredOrganisations();
    }

    private static List<Long> nonNull(Long... ids) {
        return Stream.of(ids).filter(Objects::nonNull).toList();
    }
}

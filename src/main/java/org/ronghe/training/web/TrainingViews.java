package org.ronghe.training.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ronghe.community.BodySummary;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.identity.Permissions;
import org.ronghe.training.certificates.CertificateBook;
import org.ronghe.training.courses.Course;
import org.ronghe.training.courses.CourseBook;
import org.ronghe.training.courses.TrainingKind;
import org.ronghe.training.courses.TrainingMode;
import org.ronghe.training.courses.TrainingSession;
import org.ronghe.training.enrolments.Enrolment;
import org.ronghe.training.enrolments.EnrolmentBook;
import org.ronghe.training.enrolments.TrainingAccess;
import org.ronghe.training.imports.TrainingImport;
import org.ronghe.training.imports.TrainingImports;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the models of the training pages: names, what the user may do, and the forms. */
@Component
class TrainingViews {

    private final CourseBook courses;
    private final EnrolmentBook enrolments;
    private final CertificateBook certificates;
    private final TrainingAccess access;
    private final Permissions permissions;
    private final Community community;
    private final Directory directory;
    private final TrainingImports imports;

    TrainingViews(
            CourseBook courses,
            EnrolmentBook enrolments,
            CertificateBook certificates,
            TrainingAccess access,
            Permissions permissions,
            Community community,
            Directory directory,
            TrainingImports imports) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.access = access;
        this.permissions = permissions;
        this.community = community;
        this.directory = directory;
        this.imports = imports;
    }

    /** The bodies whose training the user may see. */
    List<BodySummary> bodies() {
        return community.choosable().stream()
                .filter(b -> access.canReadBody(b.id()))
                .toList();
    }

    /** The organisations the user administers, by name: each has its own figures. */
    Map<Long, String> ownOrganisations() {
        return directory.names(permissions.administeredOrganisations());
    }

    /** Fills the model for the course form and names its template. */
    String courseForm(CourseForm form, Long courseId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("courseId", courseId);
        model.addAttribute("kinds", TrainingKind.values());
        model.addAttribute("modes", TrainingMode.values());
        model.addAttribute("bodyName", community.get(form.getBodyId()).name());
        model.addAttribute("providers", directory.names(providersFor(form.getBodyId())));
        return "training/course-form";
    }

    /** The organisations the user may offer courses as in this body. */
    List<Long> providersFor(Long bodyId) {
        Set<Long> candidates = new LinkedHashSet<>(permissions.administeredOrganisations());
        if (permissions.canManageBody(bodyId)) {
            candidates.addAll(community.activeMembers(bodyId));
        }
        return candidates.stream().filter(o -> access.canOfferAs(bodyId, o)).toList();
    }

    /** One course's page: the course, its sessions, and the scheduling form for those who may schedule. */
    void coursePage(Long id, SessionForm form, Model model) {
        Course course = courses.get(id);
        model.addAttribute("course", course);
        model.addAttribute("bodyName", community.get(course.bodyId()).name());
        List<TrainingSession> sessions = courses.sessionsOf(id);
        model.addAttribute("sessions", sessions);
        List<Long> named = new ArrayList<>(community.activeMembers(course.bodyId()));
        named.add(course.providerId());
        sessions.forEach(s -> named.add(s.enterpriseId()));
        model.addAttribute(
                "names",
                directory.names(named.stream().filter(o -> o != null).distinct().toList()));
        model.addAttribute("members", directory.names(community.activeMembers(course.bodyId())));
        model.addAttribute("canEdit", access.canEditCourse(id));
        model.addAttribute("sessionForm", form);
    }

    /** One session's page: its enrolments as the user may see them, and the forms by role. */
    void sessionPage(Long id, EnrolForm form, Model model) {
        TrainingSession session = courses.session(id);
        Course course = courses.get(session.courseId());
        List<Enrolment> seen = enrolments.ofSession(id, access.enterprisesSeenIn(id));
        var byPerson = certificates.heldBy(
                seen.stream().map(Enrolment::idFingerprint).distinct().toList());
        Map<Long, List<?>> held = new HashMap<>();
        seen.forEach(e -> held.put(e.id(), byPerson.getOrDefault(e.idFingerprint(), List.of())));
        List<Long> named = new ArrayList<>(List.of(session.providerId()));
        seen.forEach(e -> named.add(e.enterpriseId()));
        List<Long> enrolFor = enrolFor(session);
        named.addAll(enrolFor);
        if (session.enterpriseId() != null) {
            named.add(session.enterpriseId());
        }
        model.addAttribute("ts", session);
        model.addAttribute("course", course);
        model.addAttribute("enrolments", seen);
        model.addAttribute("certificates", held);
        model.addAttribute("names", directory.names(named.stream().distinct().toList()));
        boolean asProvider = access.canActFor(session.providerId());
        model.addAttribute("asProvider", asProvider);
        model.addAttribute(
                "attendanceImports",
                asProvider ? imports.recent(TrainingImport.Kind.ATTENDANCE, session.providerId()) : List.of());
        model.addAttribute(
                "confirmsFor",
                seen.stream()
                        .map(Enrolment::enterpriseId)
                        .distinct()
                        .filter(access::canActFor)
                        .toList());
        model.addAttribute("enrolFor", enrolFor);
        model.addAttribute("enrolForm", form);
    }

    /** The enterprises the user may send workers for to this session. */
    private List<Long> enrolFor(TrainingSession session) {
        Set<Long> candidates = new LinkedHashSet<>(permissions.administeredOrganisations());
        if (permissions.canManageBody(session.bodyId())) {
            candidates.addAll(community.activeMembers(session.bodyId()));
        }
        candidates.remove(session.providerId());
        return candidates.stream()
                .filter(o ->
                        session.enterpriseId() == null || session.enterpriseId().equals(o))
                .toList();
    }
}

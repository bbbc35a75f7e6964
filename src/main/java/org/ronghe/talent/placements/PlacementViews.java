package org.ronghe.talent.placements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.talent.students.Student;
import org.ronghe.talent.students.StudentAccess;
import org.ronghe.talent.students.StudentBook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internships and hires as pages and the API show them, with names: the student's name only to the school's keepers and
 * to organisations the student consents to (an employer without consent sees the record, not the person).
 */
@Component
public class PlacementViews {

    private final StudentBook students;
    private final StudentAccess access;
    private final Directory directory;

    PlacementViews(StudentBook students, StudentAccess access, Directory directory) {
        this.students = students;
        this.access = access;
        this.directory = directory;
    }

    /** An internship with names, its evaluations, and whether the enterprise has confirmed it by evaluating. */
    public record InternshipView(
            Long id,
            long version,
            Long studentId,
            String studentName,
            Long schoolId,
            String schoolName,
            Long enterpriseId,
            String enterpriseName,
            String post,
            String mentor,
            String supervisor,
            LocalDate startsOn,
            LocalDate endsOn,
            String agreementFileName,
            boolean confirmed,
            List<EvaluationView> evaluations) {}

    /** One evaluation. */
    public record EvaluationView(
            Evaluation.Stage stage,
            Evaluation.Side side,
            Evaluation.Grade grade,
            String comment,
            String evaluatedBy,
            Instant evaluatedAt) {}

    /** An offer or hire with names and its status. */
    public record HireView(
            Long id,
            long version,
            Long studentId,
            String studentName,
            Long schoolId,
            String schoolName,
            Long enterpriseId,
            String enterpriseName,
            String post,
            LocalDate offeredOn,
            LocalDate hiredOn,
            String workRegionCode,
            Boolean local,
            Boolean inProvince,
            Hire.Status status,
            String disputeReason,
            Instant decidedAt) {

        /**
         * The work place's names down to the county as far as known, e.g. 重庆市九龙坡区 for 500107; null when none was
         * recorded. A stored code is read leniently: it may have been renumbered since.
         */
        public String workPlace() {
            return workRegionCode == null
                    ? null
                    : org.ronghe.core.RegionCode.of(workRegionCode).displayName();
        }
    }

    @Transactional(readOnly = true)
    public InternshipView of(Internship i) {
        Map<Long, OrganisationSummary> names = names(i.schoolId(), i.enterpriseId());
        return new InternshipView(
                i.id(),
                i.version(),
                i.studentId(),
                studentName(i.studentId()),
                i.schoolId(),
                name(names, i.schoolId()),
                i.enterpriseId(),
                name(names, i.enterpriseId()),
                i.post(),
                i.mentor(),
                i.supervisor(),
                i.startsOn(),
                i.endsOn(),
                i.agreementFileName(),
                i.confirmed(),
                i.evaluations().stream()
                        .map(e -> new EvaluationView(
                                e.stage(), e.side(), e.grade(), e.comment(), e.evaluatedBy(), e.evaluatedAt()))
                        .toList());
    }

    @Transactional(readOnly = true)
    public HireView of(Hire h) {
        Map<Long, OrganisationSummary> names = names(h.schoolId(), h.enterpriseId());
        return new HireView(
                h.id(),
                h.version(),
                h.studentId(),
                studentName(h.studentId()),
                h.schoolId(),
                name(names, h.schoolId()),
                h.enterpriseId(),
                name(names, h.enterpriseId()),
                h.post(),
                h.offeredOn(),
                h.hiredOn(),
                h.workRegionCode(),
                h.local(),
                h.inProvince(),
                h.status(),
                h.disputeReason(),
                h.decidedAt());
    }

    private String studentName(Long studentId) {
        Student student = students.get(studentId);
        return access.canSeeName(student) ? student.name() : null;
    }

    private Map<Long, OrganisationSummary> names(Long... ids) {
        return directory.summaries(Stream.of(ids).distinct().toList());
    }

    private static String name(Map<Long, OrganisationSummary> names, Long id) {
        return names.containsKey(id) ? names.get(id).name() : "#" + id;
    }
}

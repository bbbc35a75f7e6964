package org.ronghe.talent.placements;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.PageResult;
import org.ronghe.core.Versions;
import org.ronghe.core.files.FileStore;
import org.ronghe.core.files.StoredFile;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.directory.OrganisationType;
import org.ronghe.talent.placements.Evaluation.Grade;
import org.ronghe.talent.placements.Evaluation.Side;
import org.ronghe.talent.placements.Evaluation.Stage;
import org.ronghe.talent.placements.PlacementEvents.InternshipAgreementFiled;
import org.ronghe.talent.placements.PlacementEvents.InternshipEvaluated;
import org.ronghe.talent.placements.PlacementEvents.InternshipRecorded;
import org.ronghe.talent.students.Student;
import org.ronghe.talent.students.StudentBook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the internships: recorded by the student's school (at an enterprise of the directory), the three-party
 * agreement filed with the same upload checks as charters, evaluations by either side. Callers check who may act and
 * for which side ({@link StudentAccess}).
 */
@Service
@Transactional
public class InternshipBook {

    private final Internships internships;
    private final StudentBook students;
    private final Directory directory;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InternshipBook(
            Internships internships,
            StudentBook students,
            Directory directory,
            FileStore files,
            ApplicationEventPublisher events,
            Clock clock) {
        this.internships = internships;
        this.students = students;
        this.directory = directory;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** @throws InvalidInput listing every problem, an organisation that is no enterprise included */
    public Internship record(InternshipDraft terms) {
        InternshipDraft valid = terms.validate();
        Student student = students.get(valid.studentId());
        requireEnterprise(valid.enterpriseId(), "enterpriseId");
        Internship internship = internships.save(Internship.record(valid, student, clock.instant(), Actor.current()));
        events.publishEvent(new InternshipRecorded(internship.id(), student.id(), valid.enterpriseId()));
        return internship;
    }

    public Internship fileAgreement(Long id, String fileName, InputStream content) {
        Internship internship = get(id);
        StoredFile file = files.storeDocument(fileName, content);
        internship.fileAgreement(file.id(), file.originalName());
        events.publishEvent(new InternshipAgreementFiled(id, file.id()));
        return internship;
    }

    /** @throws InvalidInput when the stage or grade is missing or the comment too long */
    public Internship evaluate(Long id, long expectedVersion, Side side, Stage stage, Grade grade, String comment) {
        List<FieldProblem> problems = new ArrayList<>();
        if (stage == null) {
            problems.add(new FieldProblem("stage", "input.required"));
        }
        if (grade == null) {
            problems.add(new FieldProblem("grade", "input.required"));
        }
        String clean = FieldProblem.trimmed(comment, "comment", 1000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Internship internship = get(id);
        Versions.require("internship", id, internship.version(), expectedVersion);
        internship.evaluate(stage, side, grade, clean, clock.instant(), Actor.current());
        internships.flush();
        events.publishEvent(
                new InternshipEvaluated(id, internship.studentId(), internship.enterpriseId(), stage, side, grade));
        return internship;
    }

    @Transactional(readOnly = true)
    public Internship get(Long id) {
        return internships.findById(id).orElseThrow(() -> new NotFound("internship", id));
    }

    @Transactional(readOnly = true)
    public List<Internship> ofStudent(Long studentId) {
        return internships.findByStudentIdOrderByStartsOnDesc(studentId);
    }

    /** An enterprise's interns, newest first, 50 to a page. */
    @Transactional(readOnly = true)
    public PageResult<Internship> atEnterprise(Long enterpriseId, int page) {
        var found = internships.findByEnterpriseIdOrderByStartsOnDescIdDesc(
                enterpriseId, PageRequest.of(Math.max(0, page), 50));
        return new PageResult<>(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    void requireEnterprise(Long organisationId, String field) {
        OrganisationSummary organisation = organisationId == null
                ? null
                : directory.summaries(List.of(organisationId)).get(organisationId);
        if (organisation == null || organisation.type() != OrganisationType.ENTERPRISE) {
            throw new InvalidInput(field, "talent.enterprise.required");
        }
    }
}

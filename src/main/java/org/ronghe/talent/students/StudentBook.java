package org.ronghe.talent.students;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.IdNumber;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.MobileNumber;
import org.ronghe.core.NotFound;
import org.ronghe.core.PersonalDataCipher;
import org.ronghe.core.SealedTable;
import org.ronghe.core.Versions;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.talent.programmes.PartnerRole;
import org.ronghe.talent.programmes.Programme;
import org.ronghe.talent.programmes.Programmes;
import org.ronghe.talent.students.StudentEvents.ConsentGiven;
import org.ronghe.talent.students.StudentEvents.ConsentWithdrawn;
import org.ronghe.talent.students.StudentEvents.PersonalDataRevealed;
import org.ronghe.talent.students.StudentEvents.StudentEnrolled;
import org.ronghe.talent.students.StudentEvents.StudentRevised;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the students: enrols them for a school (once per ID number and school), revises them, records consents and
 * their withdrawal, and reveals ID and mobile numbers, every reveal audited. ID and mobile numbers are sealed before
 * they reach the entity. Callers check who may act ({@link StudentAccess}).
 */
@Service
@Transactional
public class StudentBook {

    static final String ID_NUMBER = "student.id_number";
    static final String MOBILE = "student.mobile";

    /** The sealed numbers, for a key rotation; the bench's synthetic students hold placeholders, not sealed values. */
    @Bean
    static SealedTable sealedStudents() {
        return SealedTable.of("students", "id")
                .sealed("id_number_sealed", ID_NUMBER, "id_number_fingerprint")
                .sealed("mobile_sealed", MOBILE, "mobile_fingerprint")
                .where("not synthetic")
                .versioned("version");
    }

    private final Students students;
    private final Programmes programmes;
    private final Directory directory;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StudentBook(
            Students students,
            Programmes programmes,
            Directory directory,
            PersonalDataCipher cipher,
            ApplicationEventPublisher events,
            Clock clock) {
        this.students = students;
        this.programmes = programmes;
        this.directory = directory;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    /** ID and mobile number in clear. */
    public record Identifiers(String idNumber, String mobile) {
        @Override
        public String toString() {
            return "Identifiers[…]";
        }
    }

    /** @throws InvalidInput listing every problem, an ID number already enrolled at the school included */
    public Student enrol(StudentDraft details) {
        StudentDraft.Checked checked = checked(details);
        Student.Sealed sealed = seal(checked);
        if (students.findBySchoolIdAndIdNumberFingerprint(details.schoolId(), sealed.idNumberFingerprint())
                .isPresent()) {
            throw new InvalidInput("idNumber", "talent.student.duplicate");
        }
        Student student = students.save(Student.enrol(checked.details(), sealed, clock.instant(), Actor.current()));
        events.publishEvent(
                new StudentEnrolled(student.id(), student.schoolId(), student.programmeId(), student.cohortId()));
        return student;
    }

    /** New details; a blank ID or mobile number keeps the one on record (the form never shows them in clear). */
    public Student revise(Long id, long expectedVersion, StudentDraft typed) {
        Student student = get(id);
        Versions.require("student", id, student.version(), expectedVersion);
        Identifiers current = open(student);
        StudentDraft details = typed.keeping(current.idNumber(), current.mobile());
        StudentDraft.Checked checked = checked(details);
        Student.Sealed sealed = seal(checked);
        students.findBySchoolIdAndIdNumberFingerprint(details.schoolId(), sealed.idNumberFingerprint())
                .filter(other -> !other.id().equals(id))
                .ifPresent(other -> {
                    throw new InvalidInput("idNumber", "talent.student.duplicate");
                });
        String changed = changes(student, checked.details(), sealed);
        student.revise(checked.details(), sealed);
        events.publishEvent(new StudentRevised(id, changed));
        return student;
    }

    public Student consentTo(Long id, Long organisationId) {
        Student student = get(id);
        if (organisationId == null
                || directory.summaries(List.of(organisationId)).isEmpty()) {
            throw new InvalidInput("organisationId", "talent.consent.organisation.unknown");
        }
        student.consentTo(organisationId, clock.instant(), Actor.current());
        events.publishEvent(new ConsentGiven(id, organisationId));
        return student;
    }

    public Student withdrawConsent(Long id, Long organisationId) {
        Student student = get(id);
        student.withdrawConsent(organisationId, clock.instant(), Actor.current());
        events.publishEvent(new ConsentWithdrawn(id, organisationId));
        return student;
    }

    /** The student's ID and mobile numbers in clear; the reveal is audited. */
    public Identifiers reveal(Student student, String how) {
        events.publishEvent(new PersonalDataRevealed("student:" + student.id(), 1, how));
        return open(student);
    }

    /** Sealed ID and mobile numbers as a list reads them from the table. */
    record SealedIdentifiers(String idNumber, String mobile) {}

    /** Several students' numbers in clear, for a list or an export; audited once with the count. */
    List<Identifiers> reveal(String subject, List<SealedIdentifiers> sealed, String how) {
        events.publishEvent(new PersonalDataRevealed(subject, sealed.size(), how));
        return sealed.stream()
                .map(p -> new Identifiers(cipher.open(ID_NUMBER, p.idNumber()), cipher.open(MOBILE, p.mobile())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Student get(Long id) {
        return students.findById(id).orElseThrow(() -> new NotFound("student", id));
    }

    /** The keyed fingerprint of a typed ID number, for exact-match search; null when it is no valid ID number. */
    public String idNumberFingerprint(String typed) {
        try {
            return cipher.fingerprint(ID_NUMBER, IdNumber.parse(typed).value());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The keyed fingerprint of a typed mobile number; null when it is no valid mobile number. */
    public String mobileFingerprint(String typed) {
        try {
            return cipher.fingerprint(MOBILE, MobileNumber.parse(typed).value());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Identifiers open(Student student) {
        return new Identifiers(
                cipher.open(ID_NUMBER, student.idNumberSealed()), cipher.open(MOBILE, student.mobileSealed()));
    }

    public Student.Sealed seal(StudentDraft.Checked checked) {
        String id = checked.idNumber().value();
        String mobile = checked.mobile() == null ? null : checked.mobile().value();
        return new Student.Sealed(
                cipher.seal(ID_NUMBER, id),
                cipher.fingerprint(ID_NUMBER, id),
                checked.idNumber().masked(),
                cipher.seal(MOBILE, mobile),
                cipher.fingerprint(MOBILE, mobile),
                checked.mobile() == null ? null : checked.mobile().masked());
    }

    private StudentDraft.Checked checked(StudentDraft details) {
        List<FieldProblem> problems = new ArrayList<>();
        StudentDraft.Checked checked = null;
        try {
            checked = details.validate();
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        problems.addAll(misplaced(details));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return checked;
    }

    /**
     * Checks where students are enrolled: the school must be a school, the programme must have it as a school, the
     * cohort must be the programme's.
     *
     * @throws InvalidInput naming each field that does not fit
     */
    public void checkEnrolment(Long schoolId, Long programmeId, Long cohortId) {
        List<FieldProblem> problems =
                misplaced(new StudentDraft(schoolId, programmeId, cohortId, null, null, null, null, null, null, null));
        if (schoolId == null) {
            problems.add(new FieldProblem("schoolId", "input.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** The school must be a school; the programme must have it as a school; the cohort must be the programme's. */
    private List<FieldProblem> misplaced(StudentDraft details) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.schoolId() != null) {
            OrganisationSummary school =
                    directory.summaries(List.of(details.schoolId())).get(details.schoolId());
            if (school == null || !school.type().isSchool()) {
                problems.add(new FieldProblem("schoolId", "talent.student.school.not-school"));
            }
        }
        if (details.programmeId() != null) {
            Programme programme = programmes.findById(details.programmeId()).orElse(null);
            if (programme == null
                    || !programme.terms().organisationIds(PartnerRole.SCHOOL).contains(details.schoolId())) {
                problems.add(new FieldProblem("programmeId", "talent.student.programme.not-of-school"));
            } else if (details.cohortId() != null
                    && programme.cohorts().stream().noneMatch(c -> c.id().equals(details.cohortId()))) {
                problems.add(new FieldProblem("cohortId", "talent.student.cohort.not-of-programme"));
            }
        }
        return problems;
    }

    private static String changes(Student before, StudentDraft after, Student.Sealed sealed) {
        List<String> fields = new ArrayList<>();
        note(fields, "programme", before.programmeId(), after.programmeId());
        note(fields, "cohort", before.cohortId(), after.cohortId());
        note(fields, "name", before.name(), after.name());
        note(fields, "gender", before.gender(), after.gender());
        note(fields, "idNumber", before.idNumberFingerprint(), sealed.idNumberFingerprint());
        note(fields, "mobile", before.mobileFingerprint(), sealed.mobileFingerprint());
        note(fields, "major", before.major(), after.major());
        note(fields, "className", before.className(), after.className());
        note(fields, "expectedGraduation", before.expectedGraduation(), after.expectedGraduation());
        return fields.isEmpty() ? "nothing" : String.join(", ", fields);
    }

    private static void note(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }
}

package org.ronghe.talent.students;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.IdNumber;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.MobileNumber;

/**
 * A student as a school enters them: name, gender (taken from the ID number when not given), 身份证号 (GB 11643, check
 * digit verified), mobile (optional), major, class, expected graduation, and the programme and cohort when the student
 * is in one. Personal data: never logged, never audited in clear.
 */
public record StudentDraft(
        Long schoolId,
        Long programmeId,
        Long cohortId,
        String name,
        Gender gender,
        String idNumber,
        String mobile,
        String major,
        String className,
        LocalDate expectedGraduation) {

    /** Details that passed validation, with the identifiers parsed. */
    public record Checked(StudentDraft details, IdNumber idNumber, MobileNumber mobile) {}

    @Override
    public String toString() {
        return "StudentDraft[school=" + schoolId + ", programme=" + programmeId + ", cohort=" + cohortId + "]";
    }

    /** These details with the identifiers given where these leave them blank (a revision that keeps them). */
    public StudentDraft keeping(String currentIdNumber, String currentMobile) {
        return new StudentDraft(
                schoolId,
                programmeId,
                cohortId,
                name,
                gender,
                idNumber == null || idNumber.isBlank() ? currentIdNumber : idNumber,
                mobile == null || mobile.isBlank() ? currentMobile : mobile,
                major,
                className,
                expectedGraduation);
    }

    /** @throws InvalidInput listing every problem found */
    public Checked validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (schoolId == null) {
            problems.add(new FieldProblem("schoolId", "input.required"));
        }
        String cleanName = FieldProblem.trimmed(name, "name", 50, problems);
        if (cleanName == null) {
            problems.add(new FieldProblem("name", "input.required"));
        }
        IdNumber id = IdNumber.required(idNumber, "idNumber", problems);
        MobileNumber phone = MobileNumber.optional(mobile, "mobile", problems);
        Gender recorded = id == null ? gender : id.male() ? Gender.MALE : Gender.FEMALE;
        if (id != null && gender != null && gender != recorded) {
            problems.add(new FieldProblem("gender", "talent.student.gender.mismatch"));
        }
        if (cohortId != null && programmeId == null) {
            problems.add(new FieldProblem("cohortId", "talent.student.cohort.without-programme"));
        }
        StudentDraft clean = new StudentDraft(
                schoolId,
                programmeId,
                cohortId,
                cleanName,
                recorded,
                id == null ? null : id.value(),
                phone == null ? null : phone.value(),
                FieldProblem.trimmed(major, "major", 200, problems),
                FieldProblem.trimmed(className, "className", 100, problems),
                expectedGraduation);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Checked(clean, id, phone);
    }
}

package org.ronghe.talent.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.talent.students.Gender;
import org.ronghe.talent.students.StudentDraft;
import org.ronghe.talent.students.StudentView;

/**
 * The student form as typed. On revision the ID and mobile fields start empty (they are never sent to the browser in
 * clear) and blank means "keep the one on record".
 */
public class StudentForm {

    private Long schoolId;
    private Long programmeId;
    private Long cohortId;
    private String name;
    private Gender gender;
    private String idNumber;
    private String mobile;
    private String major;
    private String className;
    private String expectedGraduation;
    private Long version;

    static StudentForm of(StudentView card) {
        StudentForm form = new StudentForm();
        form.schoolId = card.schoolId();
        form.programmeId = card.programmeId();
        form.cohortId = card.cohortId();
        form.name = card.name();
        form.gender = card.gender();
        form.major = card.major();
        form.className = card.className();
        form.expectedGraduation = card.expectedGraduation() == null
                ? null
                : YearMonth.from(card.expectedGraduation()).toString();
        form.version = card.version();
        return form;
    }

    /**
     * The details typed.
     *
     * @throws InvalidInput when the expected graduation is not a month such as 2027-06, with every other problem
     */
    StudentDraft details() {
        LocalDate graduation = null;
        boolean monthValid = true;
        if (expectedGraduation != null && !expectedGraduation.isBlank()) {
            try {
                graduation = YearMonth.parse(expectedGraduation.strip()).atEndOfMonth();
            } catch (DateTimeParseException e) {
                monthValid = false;
            }
        }
        StudentDraft details = new StudentDraft(
                schoolId, programmeId, cohortId, name, gender, idNumber, mobile, major, className, graduation);
        if (!monthValid) {
            List<FieldProblem> problems = new ArrayList<>();
            problems.add(new FieldProblem("expectedGraduation", "talent.student.graduation.format"));
            try {
                details.validate();
            } catch (InvalidInput e) {
                problems.addAll(e.problems());
            }
            throw new InvalidInput(problems);
        }
        return details;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getMajor() {
        return major;
    }

    public void setMajor(String major) {
        this.major = major;
    }

    public String getClassName() {
        return className;
    }

    public void setClassName(String className) {
        this.className = className;
    }

    public String getExpectedGraduation() {
        return expectedGraduation;
    }

    public void setExpectedGraduation(String expectedGraduation) {
        this.expectedGraduation = expectedGraduation;
    }
    /** Programme and cohort as one choice: {@code 12} (a programme) or {@code 12:34} (one of its cohorts). */
    public String getPlacement() {
        return programmeId == null ? null : cohortId == null ? programmeId.toString() : programmeId + ":" + cohortId;
    }

    public void setPlacement(String placement) {
        programmeId = null;
        cohortId = null;
        if (placement != null && placement.matches("\\d{1,18}(:\\d{1,18})?")) {
            String[] parts = placement.split(":");
            programmeId = Long.valueOf(parts[0]);
            cohortId = parts.length > 1 ? Long.valueOf(parts[1]) : null;
        }
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}

package org.ronghe.talent.web;

import java.util.List;
import org.ronghe.directory.Directory;
import org.ronghe.talent.students.Gender;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The page that enrols or revises a student: the form, the genders, the school's name and where it can enrol. */
@Component
class StudentForms {

    private final Enrolments enrolments;
    private final Directory directory;

    StudentForms(Enrolments enrolments, Directory directory) {
        this.enrolments = enrolments;
        this.directory = directory;
    }

    /** Fills the model for the form ({@code studentId} null when enrolling) and names its template. */
    String show(StudentForm form, Long studentId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("studentId", studentId);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("enrolments", enrolments.of(form.getSchoolId()));
        model.addAttribute(
                "schoolName", directory.names(List.of(form.getSchoolId())).get(form.getSchoolId()));
        return "talent/student-form";
    }
}

package org.ronghe.talent.web;

import java.util.List;
import org.ronghe.talent.placements.HireBook;
import org.ronghe.talent.placements.InternshipBook;
import org.ronghe.talent.placements.PlacementViews;
import org.ronghe.talent.placements.PlacementViews.HireView;
import org.ronghe.talent.placements.PlacementViews.InternshipView;
import org.ronghe.talent.students.CorrectionRequest;
import org.ronghe.talent.students.Student;
import org.ronghe.talent.students.StudentAccess;
import org.ronghe.talent.students.StudentBook;
import org.ronghe.talent.students.StudentSelfService;
import org.ronghe.talent.students.StudentView;
import org.ronghe.talent.students.StudentViews;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Reads what a student's page shows, from every room that holds part of it: the card (numbers masked unless the
 * school's personal-data officer asks), and for the school's keepers the internships, hires, the student's own log-in
 * and correction requests.
 */
@Component
class StudentProfiles {

    private final StudentBook students;
    private final StudentViews studentViews;
    private final StudentAccess access;
    private final InternshipBook internships;
    private final HireBook hires;
    private final PlacementViews views;
    private final StudentSelfService self;

    StudentProfiles(
            StudentBook students,
            StudentViews studentViews,
            StudentAccess access,
            InternshipBook internships,
            HireBook hires,
            PlacementViews views,
            StudentSelfService self) {
        this.students = students;
        this.studentViews = studentViews;
        this.access = access;
        this.internships = internships;
        this.hires = hires;
        this.views = views;
        this.self = self;
    }

    /** What one student's page shows to the signed-in user. */
    record StudentProfile(
            StudentView student,
            boolean canKeep,
            boolean canReveal,
            List<InternshipView> internships,
            List<HireView> hires,
            String account,
            List<CorrectionRequest> corrections) {

        void addTo(Model model) {
            model.addAttribute("student", student);
            model.addAttribute("canKeep", canKeep);
            model.addAttribute("canReveal", canReveal);
            model.addAttribute("internships", internships);
            model.addAttribute("hires", hires);
            model.addAttribute("account", account);
            model.addAttribute("corrections", corrections);
        }
    }

    /**
     * @throws AccessDeniedException when numbers in full are asked for by anyone but the school's personal-data
     *     officers
     */
    StudentProfile of(Long id, boolean full) {
        Student student = students.get(id);
        if (full && !access.canReveal(student.schoolId())) {
            throw new AccessDeniedException("personal data");
        }
        boolean keeps = access.canKeep(student.schoolId());
        return new StudentProfile(
                studentViews.of(id, full, keeps),
                keeps,
                access.canReveal(student.schoolId()),
                keeps ? internships.ofStudent(id).stream().map(views::of).toList() : List.of(),
                keeps ? hires.ofStudent(id).stream().map(views::of).toList() : List.of(),
                keeps ? self.accountOf(id).orElse(null) : null,
                keeps ? self.corrections(id, full) : List.of());
    }

    /** The form to revise a student, filled from the record (numbers masked). */
    StudentForm formOf(Long id) {
        return StudentForm.of(studentViews.of(id, false, false));
    }
}

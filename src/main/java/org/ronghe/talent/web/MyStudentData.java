package org.ronghe.talent.web;

import java.util.List;
import org.ronghe.core.NotFound;
import org.ronghe.talent.placements.HireBook;
import org.ronghe.talent.placements.InternshipBook;
import org.ronghe.talent.placements.PlacementViews;
import org.ronghe.talent.students.CorrectionRequest;
import org.ronghe.talent.students.StudentSelfService;
import org.ronghe.talent.students.StudentView;
import org.ronghe.talent.students.StudentViews;
import org.springframework.stereotype.Component;

/** Reads everything the platform holds about the signed-in student, in full, for the student's own page and API. */
@Component
class MyStudentData {

    private final StudentSelfService self;
    private final StudentViews studentViews;
    private final InternshipBook internships;
    private final HireBook hires;
    private final PlacementViews views;

    MyStudentData(
            StudentSelfService self,
            StudentViews studentViews,
            InternshipBook internships,
            HireBook hires,
            PlacementViews views) {
        this.self = self;
        this.studentViews = studentViews;
        this.internships = internships;
        this.hires = hires;
        this.views = views;
    }

    /** Everything the platform holds about the student, as the student sees and downloads it. */
    record MyData(
            StudentView student,
            List<PlacementViews.InternshipView> internships,
            List<PlacementViews.HireView> hires,
            List<CorrectionRequest> corrections) {}

    /** The student of this log-in. */
    Long me() {
        return self.currentStudent().orElseThrow(() -> new NotFound("student of this log-in", "me"));
    }

    /** The student's data; {@code how} names the access in the audit trail. */
    MyData read(String how) {
        Long id = me();
        return new MyData(
                studentViews.of(id, true, true, how),
                internships.ofStudent(id).stream().map(views::of).toList(),
                hires.ofStudent(id).stream().map(views::of).toList(),
                self.corrections(id, true));
    }
}

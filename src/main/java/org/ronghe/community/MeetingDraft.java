package org.ronghe.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;

/** A meeting as the secretariat types it in. */
public record MeetingDraft(
        LocalDate heldOn,
        MeetingView.Kind kind,
        String title,
        String place,
        Integer attendance,
        Boolean attendanceAtLeast,
        String decisions,
        Long version) {

    void validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (heldOn == null) {
            problems.add(new FieldProblem("heldOn", "meeting.held-on-required"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "meeting.kind-required"));
        }
        if (attendance != null && attendance < 0) {
            problems.add(new FieldProblem("attendance", "meeting.attendance-negative"));
        }
        tooLong(title, "title", 200, problems);
        tooLong(place, "place", 200, problems);
        tooLong(decisions, "decisions", 4000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void tooLong(String text, String field, int max, List<FieldProblem> problems) {
        if (text != null && text.strip().length() > max) {
            problems.add(
                    new FieldProblem(field, "input.too-long", max, text.strip().length()));
        }
    }
}

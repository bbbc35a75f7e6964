package org.ronghe.talent.placements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;

/** An internship as the school records it: the enterprise, the post, the two mentors' names and the dates. */
public record InternshipDraft(
        Long studentId,
        Long enterpriseId,
        String post,
        String mentor,
        String supervisor,
        LocalDate startsOn,
        LocalDate endsOn) {

    /** @throws InvalidInput listing every problem found */
    public InternshipDraft validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (studentId == null) {
            problems.add(new FieldProblem("studentId", "input.required"));
        }
        if (enterpriseId == null) {
            problems.add(new FieldProblem("enterpriseId", "input.required"));
        }
        String cleanPost = FieldProblem.trimmed(post, "post", 200, problems);
        if (cleanPost == null) {
            problems.add(new FieldProblem("post", "input.required"));
        }
        if (startsOn == null) {
            problems.add(new FieldProblem("startsOn", "input.required"));
        } else if (endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new FieldProblem("endsOn", "talent.internship.dates.order"));
        }
        InternshipDraft clean = new InternshipDraft(
                studentId,
                enterpriseId,
                cleanPost,
                FieldProblem.trimmed(mentor, "mentor", 50, problems),
                FieldProblem.trimmed(supervisor, "supervisor", 50, problems),
                startsOn,
                endsOn);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return clean;
    }
}

package org.ronghe.training.courses;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;

/**
 * A session (班次) of a course, or a cohort (批次) of a new apprenticeship: dates, place, and for an apprenticeship the
 * enterprise whose apprentices it trains (required then; optional otherwise, for a session run for one enterprise).
 */
public record SessionDraft(LocalDate startsOn, LocalDate endsOn, String place, Long enterpriseId) {

    public static final int PLACE_MAX = 200;

    /**
     * @throws InvalidInput listing every problem: dates present and in order, place length, the apprentices' enterprise
     */
    public SessionDraft validate(TrainingKind kind) {
        List<FieldProblem> problems = new ArrayList<>();
        if (startsOn == null) {
            problems.add(new FieldProblem("startsOn", "input.required"));
        }
        if (endsOn == null) {
            problems.add(new FieldProblem("endsOn", "input.required"));
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new FieldProblem("endsOn", "training.session.ends-before-start"));
        }
        String cleanPlace = FieldProblem.trimmed(place, "place", PLACE_MAX, problems);
        if (kind == TrainingKind.NEW_APPRENTICESHIP && enterpriseId == null) {
            problems.add(new FieldProblem("enterpriseId", "training.session.apprentice-enterprise-required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new SessionDraft(startsOn, endsOn, cleanPlace, enterpriseId);
    }
}

package org.ronghe.training.courses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;

/**
 * A course as its provider describes it: the body it is offered in, the providing school or institute, kind, title, the
 * skills it teaches, hours, mode, places per session and the price per person (CNY, exact to the fen; blank when free
 * or not yet set). {@link #validate()} reports every problem at once.
 */
public record CourseDraft(
        Long bodyId,
        Long providerId,
        TrainingKind kind,
        String title,
        String skills,
        Integer hours,
        TrainingMode mode,
        Integer capacity,
        BigDecimal price) {

    public static final int TITLE_MAX = 200;
    public static final int SKILLS_MAX = 2000;
    public static final int HOURS_MAX = 5000;
    public static final int CAPACITY_MAX = 10_000;
    static final BigDecimal PRICE_MAX = new BigDecimal("99999999.99");

    /**
     * @return the draft with text trimmed
     * @throws InvalidInput listing every problem
     */
    public CourseDraft validate() {
        List<FieldProblem> problems = new ArrayList<>();
        required(bodyId, "bodyId", problems);
        required(providerId, "providerId", problems);
        required(kind, "kind", problems);
        required(mode, "mode", problems);
        String cleanTitle = FieldProblem.trimmed(title, "title", TITLE_MAX, problems);
        required(cleanTitle, "title", problems);
        String cleanSkills = FieldProblem.trimmed(skills, "skills", SKILLS_MAX, problems);
        required(cleanSkills, "skills", problems);
        within(hours, "hours", HOURS_MAX, problems);
        within(capacity, "capacity", CAPACITY_MAX, problems);
        if (price != null && (price.signum() < 0 || price.compareTo(PRICE_MAX) > 0)) {
            problems.add(new FieldProblem("price", "training.course.price-range"));
        } else if (price != null && price.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("price", "training.course.price-fen"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new CourseDraft(bodyId, providerId, kind, cleanTitle, cleanSkills, hours, mode, capacity, price);
    }

    private static void required(Object value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "input.required"));
        }
    }

    private static void within(Integer value, String field, int max, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "input.required"));
        } else if (value < 1 || value > max) {
            problems.add(new FieldProblem(field, "training.course." + field + "-range"));
        }
    }
}

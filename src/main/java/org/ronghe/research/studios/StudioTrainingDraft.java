package org.ronghe.research.studios;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;

/** A training session as typed: date, topic, participants (人次, 1 or more) and hours (above 0, to the tenth). */
public record StudioTrainingDraft(LocalDate heldOn, String topic, Integer participants, BigDecimal hours) {

    public static final int TOPIC_MAX = 200;
    static final int PARTICIPANTS_MAX = 100_000;
    static final BigDecimal HOURS_MAX = new BigDecimal("10000");

    /**
     * @return the draft with text trimmed
     * @throws InvalidInput listing every problem
     */
    public StudioTrainingDraft validate(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (heldOn == null) {
            problems.add(new FieldProblem("heldOn", "research.studio-training.date-required"));
        } else if (heldOn.isAfter(today)) {
            problems.add(new FieldProblem("heldOn", "research.studio.date-in-future"));
        }
        String cleanTopic = FieldProblem.trimmed(topic, "topic", TOPIC_MAX, problems);
        if (cleanTopic == null) {
            problems.add(new FieldProblem("topic", "research.studio-training.topic-required"));
        }
        if (participants == null || participants < 1 || participants > PARTICIPANTS_MAX) {
            problems.add(
                    new FieldProblem("participants", "research.studio-training.participants-range", PARTICIPANTS_MAX));
        }
        if (hours == null
                || hours.signum() <= 0
                || hours.compareTo(HOURS_MAX) > 0
                || hours.stripTrailingZeros().scale() > 1) {
            problems.add(new FieldProblem("hours", "research.studio-training.hours-range"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new StudioTrainingDraft(heldOn, cleanTopic, participants, hours);
    }
}

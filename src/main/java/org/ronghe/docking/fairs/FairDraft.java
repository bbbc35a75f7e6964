package org.ronghe.docking.fairs;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;

/**
 * A fair as planned: its body, title, day, place, when the first slot starts, how long a slot is, how many tables and
 * slots there are (defaults: 09:00, 20 minutes, 10 tables, 9 slots).
 */
public record FairDraft(
        Long bodyId,
        String title,
        LocalDate heldOn,
        String place,
        LocalTime startsAt,
        Integer slotMinutes,
        Integer tables,
        Integer slots) {

    public static final int MAX_TABLES = 200;
    public static final int MAX_SLOTS = 48;

    /** @throws InvalidInput listing every problem found */
    public FairDraft validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (bodyId == null) {
            problems.add(new FieldProblem("bodyId", "input.required"));
        }
        String cleanTitle = FieldProblem.trimmed(title, "title", 200, problems);
        if (cleanTitle == null && problems.stream().noneMatch(p -> p.field().equals("title"))) {
            problems.add(new FieldProblem("title", "input.required"));
        }
        if (heldOn == null) {
            problems.add(new FieldProblem("heldOn", "input.required"));
        }
        String cleanPlace = FieldProblem.trimmed(place, "place", 200, problems);
        int minutes = range(slotMinutes, 20, 5, 240, "slotMinutes", problems);
        int tableCount = range(tables, 10, 1, MAX_TABLES, "tables", problems);
        int slotCount = range(slots, 9, 1, MAX_SLOTS, "slots", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new FairDraft(
                bodyId,
                cleanTitle,
                heldOn,
                cleanPlace,
                startsAt == null ? LocalTime.of(9, 0) : startsAt,
                minutes,
                tableCount,
                slotCount);
    }

    private static int range(
            Integer value, int otherwise, int min, int max, String field, List<FieldProblem> problems) {
        if (value == null) {
            return otherwise;
        }
        if (value < min || value > max) {
            problems.add(new FieldProblem(field, "input.range", min, max));
        }
        return value;
    }
}

package org.ronghe.community;

import java.time.LocalDate;
import java.util.List;

/**
 * An assembly or meeting of a body as pages and the API show it. {@code attendanceAtLeast} records
 * counts reported as "260余人" (more than 260).
 */
public record Assembly(Long id, LocalDate heldOn, Kind kind, String title, String place, Integer attendance,
                       boolean attendanceAtLeast, String decisions, List<Document> documents) {

    public enum Kind {
        FOUNDING, COUNCIL_MEETING, GENERAL;

        public String messageKey() {
            return "assembly.kind." + name();
        }
    }
}

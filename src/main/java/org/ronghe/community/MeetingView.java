package org.ronghe.community;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting of a body (an assembly, a council meeting) as pages and the API show it. {@code attendanceAtLeast} records
 * counts reported as "260余人" (more than 260).
 */
public record MeetingView(
        Long id,
        LocalDate heldOn,
        Kind kind,
        String title,
        String place,
        Integer attendance,
        boolean attendanceAtLeast,
        String decisions,
        List<Document> documents) {

    public enum Kind {
        FOUNDING,
        COUNCIL_MEETING,
        GENERAL;

        public String messageKey() {
            return "meeting.kind." + name();
        }
    }
}

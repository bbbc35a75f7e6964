package org.ronghe.talent.imports;

import org.ronghe.core.AuditedEvent;

/** Sheets imported into a school (one event per sheet), for the audit trail and for other modules. */
public final class ImportEvents {

    private ImportEvents() {}

    /** A sheet of students was imported into a school (one event for the whole sheet; ids and a count only). */
    public record StudentsImported(Long importId, Long schoolId, Long programmeId, int students)
            implements AuditedEvent {
        public String auditAction() {
            return "talent.students.imported";
        }

        public String auditSubject() {
            return "school:" + schoolId + "/student-import:" + importId;
        }

        public String auditDetail() {
            return "students=" + students + "; programme=" + programmeId;
        }
    }

    /** A sheet of internship records was imported into a school (one event for the whole sheet). */
    public record InternshipsImported(Long importId, Long schoolId, int internships) implements AuditedEvent {
        public String auditAction() {
            return "talent.internships.imported";
        }

        public String auditSubject() {
            return "school:" + schoolId + "/student-import:" + importId;
        }

        public String auditDetail() {
            return "internships=" + internships;
        }
    }
}

package org.ronghe.training.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ronghe.training.enrolments.Enrolment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What an attendance list is checked against: sessions, and the enrolments of each by ID-number fingerprint. */
@Component
class AttendanceLookups {

    /** A session as the check needs it. */
    record Session(Long id, Long providerId, int hours) {}

    /** An enrolment as it stood when the sheet was checked ({@code version} guards the writing). */
    record Enrolled(
            Long id,
            long version,
            Long bodyId,
            Long enterpriseId,
            Long providerId,
            String kind,
            int sessionHours,
            Integer hoursAttended,
            Enrolment.Result result,
            Enrolment.Confirmation confirmation) {}

    private final JdbcClient jdbc;

    AttendanceLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Session> session(long id) {
        return jdbc.sql("select id, provider_id, hours from training_sessions where id = ?")
                .param(id)
                .query((r, n) -> new Session(r.getLong(1), r.getLong(2), r.getInt(3)))
                .optional();
    }

    /** The session's enrolments by fingerprint. */
    Map<String, Enrolled> enrolments(Long sessionId) {
        Map<String, Enrolled> enrolled = new HashMap<>();
        jdbc.sql(
                        "select id, version, body_id, enterprise_id, provider_id, kind, session_hours, hours_attended, result, "
                                + "confirmation, id_fingerprint from training_enrolments where session_id = ?")
                .param(sessionId)
                .query(r -> {
                    enrolled.put(
                            r.getString(11),
                            new Enrolled(
                                    r.getLong(1),
                                    r.getLong(2),
                                    r.getLong(3),
                                    r.getLong(4),
                                    r.getLong(5),
                                    r.getString(6),
                                    r.getInt(7),
                                    r.getObject(8, Integer.class),
                                    Enrolment.Result.valueOf(r.getString(9)),
                                    Enrolment.Confirmation.valueOf(r.getString(10))));
                });
        return enrolled;
    }
}

package org.ronghe.training.imports;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a certificate sheet is checked against: numbers already recorded, and holders' enrolments. */
@Component
class CertificateLookups {

    /** The enrolment a certificate is earned through, and the body it then counts in. */
    record Earned(Long enrolmentId, Long bodyId) {}

    private final JdbcClient jdbc;

    CertificateLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean numberTaken(String number) {
        return jdbc.sql("select exists (select 1 from certificates where number = ?)")
                .param(number)
                .query(Boolean.class)
                .single();
    }

    /** The enrolment in the session of the person with this ID-number fingerprint. */
    Optional<Earned> enrolment(long sessionId, String idFingerprint) {
        return jdbc.sql("select id, body_id from training_enrolments where session_id = ? and id_fingerprint = ?")
                .params(sessionId, idFingerprint)
                .query((r, n) -> new Earned(r.getLong(1), r.getLong(2)))
                .optional();
    }
}

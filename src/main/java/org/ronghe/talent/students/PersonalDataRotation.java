package org.ronghe.talent.students;

import java.util.List;
import org.ronghe.core.PersonalDataCipher;
import org.ronghe.talent.students.StudentEvents.PersonalDataResealed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a key rotation (ADR 0012), seals the students' ID and mobile numbers again under the current key and recomputes
 * their fingerprints, a thousand rows per transaction. The bench's synthetic students hold placeholders, not sealed
 * numbers, and are left alone. {@code everyRow} also takes rows already under the current key: needed after the
 * fingerprint key changed.
 */
@Component
public class PersonalDataRotation {

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    public PersonalDataRotation(
            JdbcClient jdbc,
            PersonalDataCipher cipher,
            TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.transaction = transaction;
        this.events = events;
    }

    private record Sealed(long id, String idNumber, String mobile) {}

    /** @return how many students were sealed again */
    public int reseal(boolean everyRow) {
        String current = cipher.currentKeyId() + ":%";
        int done = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Sealed> batch = jdbc.sql("select id, id_number_sealed, mobile_sealed from students where id > ? "
                            + "and not synthetic "
                            + (everyRow ? "" : "and (id_number_sealed not like ? or mobile_sealed not like ?) ")
                            + "order by id limit " + BATCH)
                    .params(everyRow ? List.of(from) : List.of(from, current, current))
                    .query((r, n) -> new Sealed(r.getLong(1), r.getString(2), r.getString(3)))
                    .list();
            if (batch.isEmpty()) {
                break;
            }
            transaction.executeWithoutResult(status -> batch.forEach(this::reseal));
            done += batch.size();
            after = batch.get(batch.size() - 1).id();
        }
        events.publishEvent(new PersonalDataResealed(cipher.currentKeyId(), done, everyRow));
        return done;
    }

    private void reseal(Sealed row) {
        String id = cipher.open(StudentBook.ID_NUMBER, row.idNumber());
        String mobile = cipher.open(StudentBook.MOBILE, row.mobile());
        jdbc.sql("update students set id_number_sealed = ?, id_number_fingerprint = ?, mobile_sealed = ?, "
                        + "mobile_fingerprint = ? where id = ?")
                .params(
                        cipher.seal(StudentBook.ID_NUMBER, id),
                        cipher.fingerprint(StudentBook.ID_NUMBER, id),
                        cipher.seal(StudentBook.MOBILE, mobile),
                        cipher.fingerprint(StudentBook.MOBILE, mobile),
                        row.id())
                .update();
    }
}

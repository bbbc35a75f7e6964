package org.ronghe.talent.students;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.PersonalDataCipher;
import org.ronghe.core.PersonalNumbers;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.SealedTable;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.PasswordRejected;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.ronghe.talent.students.CorrectionRequest.Field;
import org.ronghe.talent.students.CorrectionRequest.Status;
import org.ronghe.talent.students.StudentEvents.CorrectionAnswered;
import org.ronghe.talent.students.StudentEvents.CorrectionRequested;
import org.ronghe.talent.students.StudentEvents.StudentAccountOpened;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students' own rights over their data (PIPL): a log-in opened by the school and tied to the record, and correction
 * requests the school answers. Seeing and downloading one's own data, and withdrawing consents, go through the usual
 * services with the student as the caller.
 */
@Service
@Transactional
public class StudentSelfService {

    private final JdbcClient jdbc;
    private final Identity identity;
    private final StudentBook students;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonalDataCipher cipher;

    static final String MESSAGE = "correction.message";

    /** The sealed messages, for a key rotation, which also seals those kept in clear from before (ADR 0016). */
    @Bean
    static SealedTable sealedCorrections() {
        return SealedTable.of("correction_requests", "id")
                .sealed("message", MESSAGE)
                .clearUnless("sealed");
    }

    StudentSelfService(
            JdbcClient jdbc,
            Identity identity,
            StudentBook students,
            ApplicationEventPublisher events,
            Clock clock,
            PersonalDataCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.identity = identity;
        this.students = students;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens the student's log-in with a first password the school hands over.
     *
     * @throws InvalidInput when the username is taken or blank, the password breaks the policy, or a log-in exists
     */
    public void openAccount(Long studentId, String username, String password) {
        Student student = students.get(studentId);
        if (accountOf(studentId).isPresent()) {
            throw new RuleBroken("talent.student.account.exists");
        }
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9._-]{3,64}")) {
            throw new InvalidInput("username", "talent.student.account.username-invalid");
        }
        Long accountId;
        try {
            accountId = identity.createAccount(
                            name,
                            student.name(),
                            password == null ? "" : password,
                            List.of(Grant.studentOf(student.schoolId())))
                    .id();
        } catch (PasswordRejected e) {
            throw new InvalidInput(e.violations().stream()
                    .map(v -> new FieldProblem("password", v))
                    .toList());
        } catch (IllegalStateException e) {
            throw new InvalidInput("username", "account.username-taken");
        }
        jdbc.sql(
                        "insert into student_accounts (student_id, account_id, username, opened_at, opened_by) values (?, ?, ?, ?, ?)")
                .params(studentId, accountId, name, Timestamp.from(clock.instant()), Actor.current())
                .update();
        events.publishEvent(new StudentAccountOpened(studentId, name));
    }

    /** The username of the student's log-in, if one was opened. */
    @Transactional(readOnly = true)
    public Optional<String> accountOf(Long studentId) {
        return jdbc.sql("select username from student_accounts where student_id = ?")
                .param(studentId)
                .query(String.class)
                .optional();
    }

    /** The student the signed-in user is, if they are one (asked of the database only for a student's log-in). */
    @Transactional(readOnly = true)
    public Optional<Long> currentStudent() {
        return Permissions.currentUser()
                .filter(u -> u.grants().stream().anyMatch(g -> g.role() == Role.STUDENT))
                .flatMap(u -> jdbc.sql("select student_id from student_accounts where account_id = ?")
                        .param(u.accountId())
                        .query(Long.class)
                        .optional());
    }

    /** @throws InvalidInput when the field or the message is missing, or the message is too long */
    public CorrectionRequest requestCorrection(Long studentId, Field field, String message) {
        List<FieldProblem> problems = new ArrayList<>();
        if (field == null) {
            problems.add(new FieldProblem("field", "input.required"));
        }
        String clean = FieldProblem.trimmed(message, "message", 1000, problems);
        if (clean == null) {
            problems.add(new FieldProblem("message", "input.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Long id = jdbc.sql("insert into correction_requests (student_id, field, message, sealed, status, created_at) "
                        + "values (?, ?, ?, true, 'OPEN', ?) returning id")
                .params(studentId, field.name(), cipher.seal(MESSAGE, clean), Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        events.publishEvent(new CorrectionRequested(studentId, id, field.name()));
        return correction(studentId, id);
    }

    /** The school accepts (having corrected the record) or declines a request, with an answer. */
    public CorrectionRequest answer(Long studentId, Long requestId, Status status, String response) {
        if (status == null || status == Status.OPEN) {
            throw new InvalidInput("status", "input.required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String clean = FieldProblem.trimmed(response, "response", 1000, problems);
        if (status == Status.DECLINED && clean == null) {
            problems.add(new FieldProblem("response", "talent.correction.reason-required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        int answered = jdbc.sql(
                        "update correction_requests set status = ?, response = ?, resolved_by = ?, resolved_at = ? "
                                + "where id = ? and student_id = ? and status = 'OPEN'")
                .params(status.name(), clean, Actor.current(), Timestamp.from(clock.instant()), requestId, studentId)
                .update();
        if (answered == 0) {
            correction(studentId, requestId);
            throw new RuleBroken("talent.correction.answered");
        }
        events.publishEvent(new CorrectionAnswered(studentId, requestId, status.name()));
        return correction(studentId, requestId);
    }

    /**
     * A student's correction requests; the ID and mobile numbers quoted in them masked unless {@code full} (the student
     * themself, the school's personal-data officers).
     */
    @Transactional(readOnly = true)
    public List<CorrectionRequest> corrections(Long studentId, boolean full) {
        return jdbc.sql("select * from correction_requests where student_id = ? order by created_at desc, id desc")
                .param(studentId)
                .query((r, n) -> request(r, full))
                .list();
    }

    private CorrectionRequest correction(Long studentId, Long id) {
        return jdbc.sql("select * from correction_requests where id = ? and student_id = ?")
                .params(id, studentId)
                .query((r, n) -> request(r, false))
                .optional()
                .orElseThrow(() -> new NotFound("correction request", id));
    }

    private CorrectionRequest request(ResultSet r, boolean full) throws SQLException {
        Timestamp resolved = r.getTimestamp("resolved_at");
        String message = r.getBoolean("sealed") ? cipher.open(MESSAGE, r.getString("message")) : r.getString("message");
        return new CorrectionRequest(
                r.getLong("id"),
                r.getLong("student_id"),
                Field.valueOf(r.getString("field")),
                full ? message : PersonalNumbers.masked(message),
                Status.valueOf(r.getString("status")),
                r.getTimestamp("created_at").toInstant(),
                r.getString("response"),
                r.getString("resolved_by"),
                resolved == null ? null : resolved.toInstant());
    }
}

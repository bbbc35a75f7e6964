package org.ronghe.training.imports;

import static org.ronghe.training.imports.AttendanceColumn.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ronghe.core.IdNumber;
import org.ronghe.core.PersonalDataCipher;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.imports.SheetTally;
import org.ronghe.core.sheets.SheetReader.Line;
import org.ronghe.training.TrainingPersons;
import org.ronghe.training.enrolments.Enrolment;
import org.ronghe.training.imports.AttendanceLookups.Enrolled;
import org.ronghe.training.imports.AttendanceLookups.Session;

/**
 * Checks the lines of an attendance list: each names a session of the provider and a worker enrolled in it (found by
 * the fingerprint of the ID number), once in the sheet; hours within 0 and the session's hours; a result (合格 / 不合格, or
 * blank to leave it pending) only while the result is still pending, as on the session page. A line must record
 * something. Numbers are matched only within the uploader's misses ({@link IdMatches}).
 */
final class AttendanceCheck extends SheetTally<AttendanceCheck.Valid> {

    private static final Map<String, Enrolment.Result> RESULTS = Map.of(
            "合格", Enrolment.Result.PASSED,
            "通过", Enrolment.Result.PASSED,
            "passed", Enrolment.Result.PASSED,
            "pass", Enrolment.Result.PASSED,
            "不合格", Enrolment.Result.FAILED,
            "未通过", Enrolment.Result.FAILED,
            "failed", Enrolment.Result.FAILED,
            "fail", Enrolment.Result.FAILED);

    /**
     * A valid line: the enrolment as it stood, the hours attended it will have (null: none recorded yet) and the result
     * given (null: still pending).
     */
    record Valid(Enrolled enrolment, Integer hours, Enrolment.Result result) {

        /** The worker passed and the enterprise had confirmed: the training now counts. */
        boolean completes() {
            return result == Enrolment.Result.PASSED && enrolment.confirmation() == Enrolment.Confirmation.CONFIRMED;
        }

        /** The hours a completion counts: those attended, else the session's. */
        int countedHours() {
            return hours == null ? enrolment.sessionHours() : hours;
        }
    }

    private final Long providerId;
    private final AttendanceLookups lookups;
    private final PersonalDataCipher cipher;
    private final IdMatches matches;
    private final Map<Long, Optional<Session>> sessions = new HashMap<>();
    private final Map<Long, Map<String, Enrolled>> enrolments = new HashMap<>();
    private final Map<Long, Integer> seen = new HashMap<>();

    AttendanceCheck(Long providerId, AttendanceLookups lookups, PersonalDataCipher cipher, IdMatches matches) {
        this.providerId = providerId;
        this.lookups = lookups;
        this.cipher = cipher;
        this.matches = matches;
    }

    @Override
    public int width() {
        return AttendanceColumn.values().length;
    }

    @Override
    public void accept(Line line) {
        List<SheetProblem> found = new ArrayList<>();
        Session session = session(line, found);
        IdNumber id = Cells.idNumber(line, ID_NUMBER, found);
        Long hours = Cells.whole(line, HOURS, found);
        Enrolment.Result result = Cells.choice(line, RESULT, RESULTS, found);
        if (found.isEmpty() && hours == null && result == null) {
            found.add(Cells.problem(line, HOURS, "training.import.attendance.nothing"));
        }
        Valid valid = null;
        if (session != null && id != null) {
            if (!matches.mayMatch()) {
                found.add(Cells.problem(line, ID_NUMBER, IdMatches.SPENT));
            } else {
                Enrolled enrolled = enrolments
                        .computeIfAbsent(session.id(), lookups::enrolments)
                        .get(cipher.fingerprint(TrainingPersons.ID_NUMBER, id.value()));
                if (enrolled == null) {
                    matches.missed();
                    found.add(Cells.problem(line, ID_NUMBER, "training.import.attendance.not-enrolled"));
                } else {
                    valid = judge(line, enrolled, hours, result, found);
                }
            }
        }
        tally(found, found.isEmpty() ? valid : null);
    }

    private Valid judge(Line line, Enrolled enrolled, Long hours, Enrolment.Result result, List<SheetProblem> found) {
        Integer first = seen.putIfAbsent(enrolled.id(), line.number());
        if (first != null) {
            found.add(Cells.problem(line, ID_NUMBER, "training.import.duplicate-row", first));
        }
        if (hours != null && (hours < 0 || hours > enrolled.sessionHours())) {
            found.add(Cells.problem(line, HOURS, "training.enrolment.hours-range", enrolled.sessionHours()));
        }
        if (enrolled.result() != Enrolment.Result.PENDING && (hours != null || result != null)) {
            found.add(Cells.problem(line, result != null ? RESULT : HOURS, "training.enrolment.result-decided"));
        }
        return new Valid(
                enrolled, hours != null ? Integer.valueOf(hours.intValue()) : enrolled.hoursAttended(), result);
    }

    private Session session(Line line, List<SheetProblem> found) {
        if (SESSION.in(line).isBlank()) {
            found.add(Cells.problem(line, SESSION, "input.required"));
            return null;
        }
        Long id = Cells.whole(line, SESSION, found);
        if (id == null) {
            return null;
        }
        Session session = sessions.computeIfAbsent(id, lookups::session).orElse(null);
        if (session == null || !session.providerId().equals(providerId)) {
            found.add(Cells.problem(line, SESSION, "training.import.attendance.other-session"));
            return null;
        }
        return session;
    }
}

package org.ronghe.talent.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.imports.SheetTally;
import org.ronghe.core.sheets.SheetReader.Line;
import org.ronghe.talent.students.Gender;
import org.ronghe.talent.students.Student;
import org.ronghe.talent.students.StudentBook;
import org.ronghe.talent.students.StudentDraft;

/**
 * Checks the lines of a student sheet one by one and keeps the valid ones, sealed. Problems name the row, the column
 * and the reason but never the value: a problem with an ID or mobile number is reported without the number.
 */
final class StudentSheetValidation extends SheetTally<StudentSheetValidation.Valid> {

    private static final Pattern MONTH =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})(\\s*月)?([-/.]\\d{1,2}(日)?)?");

    private final Long schoolId;
    private final Long programmeId;
    private final Long cohortId;
    private final StudentBook book;
    private final Set<String> enrolled;
    private final Map<String, Integer> seen = new HashMap<>();

    /** A valid row: the details (numbers parsed) and their sealed forms. */
    record Valid(int row, StudentDraft details, Student.Sealed sealed) {}

    StudentSheetValidation(Long schoolId, Long programmeId, Long cohortId, StudentBook book, Set<String> enrolled) {
        this.schoolId = schoolId;
        this.programmeId = programmeId;
        this.cohortId = cohortId;
        this.book = book;
        this.enrolled = enrolled;
    }

    @Override
    public int width() {
        return StudentColumn.values().length;
    }

    @Override
    public void accept(Line line) {
        List<SheetProblem> found = new ArrayList<>();
        Gender gender = gender(line, found);
        LocalDate graduation = graduation(line, found);
        StudentDraft details = new StudentDraft(
                schoolId,
                programmeId,
                cohortId,
                StudentColumn.NAME.in(line),
                gender,
                StudentColumn.ID_NUMBER.in(line),
                StudentColumn.MOBILE.in(line),
                StudentColumn.MAJOR.in(line),
                StudentColumn.CLASS_NAME.in(line),
                graduation);
        StudentDraft.Checked checked = null;
        try {
            checked = details.validate();
        } catch (InvalidInput e) {
            e.problems().forEach(p -> found.add(problem(line, p)));
        }
        Valid row = null;
        if (checked != null && found.isEmpty()) {
            Student.Sealed sealed = book.seal(checked);
            Integer first = seen.putIfAbsent(sealed.idNumberFingerprint(), line.number());
            if (first != null) {
                found.add(SheetProblem.of(
                        line.number(), StudentColumn.ID_NUMBER.letter(), "talent.import.duplicate-in-sheet", first));
            } else if (enrolled.contains(sealed.idNumberFingerprint())) {
                found.add(SheetProblem.of(
                        line.number(), StudentColumn.ID_NUMBER.letter(), "talent.import.already-enrolled"));
            } else {
                row = new Valid(line.number(), checked.details(), sealed);
            }
        }
        tally(found, row);
    }

    private Gender gender(Line line, List<SheetProblem> found) {
        String text = StudentColumn.GENDER.in(line).strip().toLowerCase();
        return switch (text) {
            case "" -> null;
            case "男", "男性", "m", "male" -> Gender.MALE;
            case "女", "女性", "f", "female" -> Gender.FEMALE;
            default -> {
                found.add(SheetProblem.of(line.number(), StudentColumn.GENDER.letter(), "talent.import.gender"));
                yield null;
            }
        };
    }

    /** {@code 2027-06}, {@code 2027/6}, {@code 2027年6月}, or a date (Excel's own, read as 2027-06-30). */
    private LocalDate graduation(Line line, List<SheetProblem> found) {
        String text = StudentColumn.EXPECTED_GRADUATION.in(line).strip();
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = MONTH.matcher(text);
        int month = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (month < 1 || month > 12) {
            found.add(SheetProblem.of(
                    line.number(), StudentColumn.EXPECTED_GRADUATION.letter(), "talent.student.graduation.format"));
            return null;
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), month).atEndOfMonth();
    }

    /** A field's problem on its column; ID and mobile problems lose their arguments (they may echo the number). */
    static SheetProblem problem(Line line, FieldProblem p) {
        StudentColumn column = StudentColumn.ofField(p.field());
        if (column == StudentColumn.ID_NUMBER && p.code().startsWith("identifier.")) {
            return SheetProblem.of(
                    line.number(),
                    column.letter(),
                    "talent.import.id-number." + p.code().substring(p.code().lastIndexOf('.') + 1));
        }
        if (column == StudentColumn.MOBILE) {
            return SheetProblem.of(line.number(), column.letter(), "talent.import.mobile");
        }
        return SheetProblem.of(line.number(), column.letter(), p.code(), p.arguments());
    }
}

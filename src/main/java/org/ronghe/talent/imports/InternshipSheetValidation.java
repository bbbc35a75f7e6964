package org.ronghe.talent.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.IdNumber;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.imports.SheetTally;
import org.ronghe.core.sheets.SheetReader.Line;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationType;
import org.ronghe.talent.placements.InternshipDraft;
import org.ronghe.talent.students.StudentBook;

/**
 * Checks the lines of a sheet of internship records: the student found at the school by ID number (through its
 * fingerprint), the enterprise by name or number (looked up once per name), the post, the two names and the dates.
 */
final class InternshipSheetValidation extends SheetTally<InternshipSheetValidation.Valid> {

    private static final Pattern DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    /** A student of the school, as the sheet's rows refer to them. */
    record Enrolled(Long id, Long programmeId, Long cohortId) {}

    /** A valid row: the student and the internship's terms. */
    record Valid(Enrolled student, InternshipDraft terms) {}

    private final StudentBook book;
    private final Map<String, Enrolled> students;
    private final Directory directory;
    private final Map<String, Object> enterprises = new HashMap<>();

    InternshipSheetValidation(StudentBook book, Map<String, Enrolled> students, Directory directory) {
        this.book = book;
        this.students = students;
        this.directory = directory;
    }

    @Override
    public int width() {
        return InternshipColumn.values().length;
    }

    @Override
    public void accept(Line line) {
        List<SheetProblem> found = new ArrayList<>();
        Enrolled student = student(line, found);
        Long enterprise = enterprise(line, found);
        LocalDate starts = date(line, InternshipColumn.STARTS_ON, found);
        LocalDate ends = date(line, InternshipColumn.ENDS_ON, found);
        InternshipDraft terms = new InternshipDraft(
                student == null ? 0L : student.id(),
                enterprise == null ? 0L : enterprise,
                InternshipColumn.POST.in(line),
                InternshipColumn.MENTOR.in(line),
                InternshipColumn.SUPERVISOR.in(line),
                starts,
                ends);
        try {
            terms = terms.validate();
        } catch (InvalidInput e) {
            e.problems().stream()
                    .filter(p -> found.stream()
                            .noneMatch(f -> f.column().equals(column(p.field()).letter())))
                    .forEach(p -> found.add(
                            SheetProblem.of(line.number(), column(p.field()).letter(), p.code(), p.arguments())));
        }
        tally(found, found.isEmpty() ? new Valid(student, terms) : null);
    }

    private Enrolled student(Line line, List<SheetProblem> found) {
        String typed = InternshipColumn.ID_NUMBER.in(line);
        if (typed.isBlank()) {
            found.add(SheetProblem.of(line.number(), InternshipColumn.ID_NUMBER.letter(), "input.required"));
            return null;
        }
        try {
            IdNumber.parse(typed);
        } catch (InvalidIdentifier e) {
            found.add(StudentSheetValidation.problem(line, FieldProblem.of("idNumber", e))
                    .at(InternshipColumn.ID_NUMBER.letter()));
            return null;
        }
        Enrolled student = students.get(book.idNumberFingerprint(typed));
        if (student == null) {
            found.add(SheetProblem.of(
                    line.number(), InternshipColumn.ID_NUMBER.letter(), "talent.import.internship.no-student"));
        }
        return student;
    }

    /** The enterprise named in the row: the directory is asked once per name. */
    private Long enterprise(Line line, List<SheetProblem> found) {
        String name = InternshipColumn.ENTERPRISE.in(line).strip();
        Object known = enterprises.computeIfAbsent(name, this::lookUp);
        if (known instanceof Long id) {
            return id;
        }
        FieldProblem p = (FieldProblem) known;
        found.add(SheetProblem.of(line.number(), InternshipColumn.ENTERPRISE.letter(), p.code(), p.arguments()));
        return null;
    }

    private Object lookUp(String name) {
        try {
            Long id = directory.pick(name);
            return directory.summaries(List.of(id)).get(id).type() == OrganisationType.ENTERPRISE
                    ? id
                    : new FieldProblem("enterpriseId", "talent.enterprise.required");
        } catch (InvalidInput e) {
            return e.problems().get(0);
        } catch (RuntimeException e) {
            return new FieldProblem("enterpriseId", "organisation.not-found", name);
        }
    }

    private static LocalDate date(Line line, InternshipColumn column, List<SheetProblem> found) {
        String text = column.in(line).strip();
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        try {
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (RuntimeException e) {
            // not a date: reported below
        }
        found.add(SheetProblem.of(line.number(), column.letter(), "talent.import.date"));
        return null;
    }

    private static InternshipColumn column(String field) {
        return switch (field) {
            case "studentId" -> InternshipColumn.ID_NUMBER;
            case "enterpriseId" -> InternshipColumn.ENTERPRISE;
            case "mentor" -> InternshipColumn.MENTOR;
            case "supervisor" -> InternshipColumn.SUPERVISOR;
            case "startsOn" -> InternshipColumn.STARTS_ON;
            case "endsOn" -> InternshipColumn.ENDS_ON;
            default -> InternshipColumn.POST;
        };
    }
}

package org.ronghe.community.roster;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ronghe.core.ChineseText;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.imports.SheetTally;
import org.ronghe.core.sheets.SheetReader.Line;
import org.ronghe.directory.BulkRegistration;
import org.ronghe.directory.BulkRegistration.Known;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;

/**
 * Validates roster lines chunk by chunk: every cell by the directory's rules, dates, duplicates within the sheet, and
 * the match with organisations already in the directory (by credit code, else by normalised name). Hands out the lines
 * that can be imported as they are found, and keeps the first problems.
 */
final class RosterValidation extends SheetTally<RosterValidation.Valid> {

    static final int CHUNK = 2_500;
    static final int PROBLEMS_KEPT = 2_000;
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    /** A line that can be imported: an organisation already known (id) or a new one (details). */
    record Valid(int row, Long existingId, OrganisationDraft.Checked details, LocalDate joinedOn) {}

    private final Labels labels;
    private final BulkRegistration directory;
    private final LocalDate today;
    private final Map<String, Integer> namesSeen = new HashMap<>();
    private final Map<String, Integer> codesSeen = new HashMap<>();
    private final List<Line> pending = new ArrayList<>(CHUNK);

    RosterValidation(Labels labels, BulkRegistration directory, LocalDate today) {
        super(PROBLEMS_KEPT);
        this.labels = labels;
        this.directory = directory;
        this.today = today;
    }

    @Override
    public int width() {
        return RosterColumn.values().length;
    }

    @Override
    public void accept(Line line) {
        read();
        pending.add(line);
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    /** Validates what is left; call once after the last line. */
    @Override
    public void finish() {
        flush();
    }

    private void flush() {
        List<Parsed> parsed = pending.stream().map(this::parse).toList();
        pending.clear();
        BulkRegistration.Matches found = directory.matches(
                parsed.stream()
                        .filter(Parsed::ok)
                        .filter(p -> p.details.creditCode() != null)
                        .map(p -> p.details.creditCode().value())
                        .toList(),
                parsed.stream().filter(Parsed::ok).map(Parsed::normalisedName).toList());
        parsed.forEach(p -> resolve(p, found.byCreditCode(), found.byNormalisedName()));
    }

    /** A line after its cells were checked: details when valid, and the problems found. */
    private record Parsed(
            Line line,
            OrganisationDraft.Checked details,
            String normalisedName,
            LocalDate joinedOn,
            List<SheetProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private Parsed parse(Line line) {
        List<SheetProblem> found = new ArrayList<>();
        OrganisationType type = enumCell(
                line,
                RosterColumn.TYPE,
                labels.type(RosterColumn.TYPE.in(line)).orElse(null),
                "roster.type.unknown",
                found);
        SchoolLevel level = enumCell(
                line,
                RosterColumn.LEVEL,
                labels.level(RosterColumn.LEVEL.in(line)).orElse(null),
                "roster.level.unknown",
                found);
        LocalDate joinedOn = date(line, found);
        OrganisationDraft.Checked details = null;
        try {
            details = new OrganisationDraft(
                            RosterColumn.NAME.in(line),
                            type,
                            level,
                            RosterColumn.CREDIT_CODE.in(line),
                            RosterColumn.REGION.in(line),
                            RosterColumn.INDUSTRY.in(line),
                            RosterColumn.WEBSITE.in(line),
                            null,
                            RosterColumn.CONTACT.in(line))
                    .validate();
        } catch (InvalidInput e) {
            e.problems().stream()
                    .filter(p -> !(p.field().equals("type")
                            && !RosterColumn.TYPE.in(line).isBlank()))
                    .forEach(p -> found.add(problem(line, RosterColumn.ofField(p.field()), p.code(), p.arguments())));
        }
        boolean ok = found.isEmpty();
        return new Parsed(
                line, ok ? details : null, ok ? ChineseText.normalisedName(details.name()) : null, joinedOn, found);
    }

    private void resolve(Parsed p, Map<String, Known> byCode, Map<String, List<Known>> byName) {
        List<SheetProblem> found = new ArrayList<>(p.problems());
        Long existing = null;
        if (p.ok()) {
            String name = p.normalisedName();
            String code = p.details().creditCode() == null
                    ? null
                    : p.details().creditCode().value();
            duplicateInSheet(p.line(), namesSeen, name, RosterColumn.NAME, found);
            if (code != null) {
                duplicateInSheet(p.line(), codesSeen, code, RosterColumn.CREDIT_CODE, found);
            }
            existing = match(p, name, code, byCode, byName, found);
        }
        judged(found, new Valid(p.line().number(), existing, existing == null ? p.details() : null, p.joinedOn()));
    }

    private Long match(
            Parsed p,
            String name,
            String code,
            Map<String, Known> byCode,
            Map<String, List<Known>> byName,
            List<SheetProblem> found) {
        Known byCredit = code == null ? null : byCode.get(code);
        if (byCredit != null) {
            if (!byCredit.normalisedName().equals(name)) {
                found.add(
                        problem(p.line(), RosterColumn.CREDIT_CODE, "roster.credit-code.other-name", byCredit.name()));
            }
            return byCredit.id();
        }
        List<Known> named = byName.getOrDefault(name, List.of());
        if (named.size() > 1) {
            found.add(problem(p.line(), RosterColumn.NAME, "roster.name.ambiguous", named.size()));
            return null;
        }
        if (named.size() == 1 && code != null && named.get(0).creditCode() != null) {
            found.add(problem(
                    p.line(),
                    RosterColumn.CREDIT_CODE,
                    "roster.credit-code.differs",
                    named.get(0).creditCode()));
        }
        return named.isEmpty() ? null : named.get(0).id();
    }

    private static void duplicateInSheet(
            Line line, Map<String, Integer> seen, String key, RosterColumn column, List<SheetProblem> found) {
        Integer first = seen.putIfAbsent(key, line.number());
        if (first != null) {
            found.add(problem(line, column, "roster.duplicate-row", first));
        }
    }

    private <T> T enumCell(Line line, RosterColumn column, T value, String code, List<SheetProblem> found) {
        if (value == null && !column.in(line).isBlank()) {
            found.add(problem(line, column, code));
        }
        return value;
    }

    private LocalDate date(Line line, List<SheetProblem> found) {
        String text = RosterColumn.JOINED_ON.in(line);
        if (text.isBlank()) {
            return today;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        found.add(problem(line, RosterColumn.JOINED_ON, "roster.date.invalid"));
        return null;
    }

    private static SheetProblem problem(Line line, RosterColumn column, String code, Object... arguments) {
        return new SheetProblem(line.number(), column.letter(), column.in(line), code, arguments);
    }
}

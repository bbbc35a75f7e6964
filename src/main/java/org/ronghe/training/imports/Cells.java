package org.ronghe.training.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ronghe.core.IdNumber;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.sheets.SheetReader.Line;

/**
 * Reads the cells of a training sheet. A problem names the row, the column and the reason; it repeats the cell's value
 * only where it is no person's name or ID number, and an ID number's problem carries no argument (the check digit
 * expected would give part of the number away).
 */
final class Cells {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    private Cells() {}

    static SheetProblem problem(Line line, ImportColumn column, String code, Object... arguments) {
        return new SheetProblem(
                line.number(), column.letter(), column.personal() ? null : column.in(line), code, arguments);
    }

    /** A whole number, or null when blank. */
    static Long whole(Line line, ImportColumn column, List<SheetProblem> found) {
        String text = column.in(line).strip().replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text).stripTrailingZeros().longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            found.add(problem(line, column, "training.import.whole"));
            return null;
        }
    }

    /** The ID number as kept, or null with a problem that does not repeat it. */
    static IdNumber idNumber(Line line, ImportColumn column, List<SheetProblem> found) {
        String text = column.in(line);
        if (text.isBlank()) {
            found.add(problem(line, column, "input.required"));
            return null;
        }
        try {
            return IdNumber.parse(text);
        } catch (InvalidIdentifier e) {
            found.add(problem(line, column, idProblem(e.code())));
            return null;
        }
    }

    /** An identifier's code as the argument-free message the row report shows. */
    static String idProblem(String identifierCode) {
        return "talent.import.id-number." + identifierCode.substring(identifierCode.lastIndexOf('.') + 1);
    }

    static LocalDate date(Line line, ImportColumn column, List<SheetProblem> found) {
        String text = column.in(line).strip();
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        found.add(problem(line, column, "roster.date.invalid"));
        return null;
    }

    /** A choice by one of its labels (spaces and case ignored), or null when blank. */
    static <E> E choice(Line line, ImportColumn column, Map<String, E> labels, List<SheetProblem> found) {
        String text = column.in(line);
        if (text.isBlank()) {
            return null;
        }
        E value = labels.get(key(text));
        if (value == null) {
            found.add(problem(line, column, "training.import.choice"));
        }
        return value;
    }

    static String key(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}

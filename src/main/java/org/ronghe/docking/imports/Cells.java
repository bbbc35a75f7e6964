package org.ronghe.docking.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.sheets.SheetReader.Line;
import org.springframework.context.MessageSource;

/**
 * Reads cells as people write them in sheets: a choice by its label in simplified or traditional Chinese or English, or
 * its code; whole and decimal numbers (thousands separators allowed); dates in the usual Chinese ways; yes and no. A
 * cell that cannot be read becomes a problem of its column; a blank cell is null.
 */
final class Cells {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final List<Locale> LOCALES =
            List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));
    private static final Map<String, Boolean> YES_NO = Map.of(
            "是", true, "否", false, "yes", true, "no", false, "true", true, "false", false, "1", true, "0", false, "y",
            true, "n", false);

    private final MessageSource messages;

    Cells(MessageSource messages) {
        this.messages = messages;
    }

    /** The labels of an enum's constants, keyed {@code prefix + NAME}, and their names, read back to the constant. */
    <E extends Enum<E>> Map<String, E> labels(Class<E> type, String prefix) {
        Map<String, E> labels = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            labels.put(key(constant.name()), constant);
            LOCALES.forEach(l -> labels.put(key(messages.getMessage(prefix + constant.name(), null, l)), constant));
        }
        return labels;
    }

    <E> E choice(Line line, SheetColumn column, Map<String, E> labels, List<SheetProblem> found) {
        String text = column.in(line);
        if (text.isBlank()) {
            return null;
        }
        E value = labels.get(key(text));
        if (value == null) {
            found.add(problem(line, column, "docking.import.choice"));
        }
        return value;
    }

    Integer whole(Line line, SheetColumn column, List<SheetProblem> found) {
        BigDecimal number = decimal(line, column, found);
        if (number == null) {
            return null;
        }
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            found.add(problem(line, column, "docking.import.whole"));
            return null;
        }
    }

    BigDecimal decimal(Line line, SheetColumn column, List<SheetProblem> found) {
        String text = column.in(line).strip().replace(",", "").replace("，", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            found.add(problem(line, column, "docking.import.number"));
            return null;
        }
    }

    LocalDate date(Line line, SheetColumn column, List<SheetProblem> found) {
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

    Boolean yesNo(Line line, SheetColumn column, List<SheetProblem> found) {
        String text = column.in(line);
        if (text.isBlank()) {
            return null;
        }
        Boolean value = YES_NO.get(key(text));
        if (value == null) {
            found.add(problem(line, column, "docking.import.yes-no"));
        }
        return value;
    }

    static SheetProblem problem(Line line, SheetColumn column, String code, Object... arguments) {
        return new SheetProblem(line.number(), column.letter(), column.in(line), code, arguments);
    }

    private static String key(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }
}

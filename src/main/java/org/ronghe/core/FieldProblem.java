package org.ronghe.core;

import java.util.Arrays;
import java.util.List;

/** One problem with one input field: the field's name, a message-bundle key and its arguments. */
public record FieldProblem(String field, String code, Object... arguments) {

    public FieldProblem {
        arguments = arguments.clone();
    }

    /** The problem an identifier's own validation found, attached to a field. */
    public static FieldProblem of(String field, InvalidIdentifier e) {
        return new FieldProblem(field, e.code(), e.arguments());
    }

    /**
     * Free text as typed: null when blank, else stripped; a problem ({@code input.too-long}) when longer than
     * {@code max}.
     */
    public static String trimmed(String value, String field, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            problems.add(new FieldProblem(field, "input.too-long", max, stripped.length()));
        }
        return stripped;
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return field + ": " + code + Arrays.toString(arguments);
    }
}

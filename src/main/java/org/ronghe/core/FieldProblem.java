package org.ronghe.core;

import java.util.Arrays;

/** One problem with one input field: the field's name, a message-bundle key and its arguments. */
public record FieldProblem(String field, String code, Object... arguments) {

    public FieldProblem {
        arguments = arguments.clone();
    }

    /** The problem an identifier's own validation found, attached to a field. */
    public static FieldProblem of(String field, InvalidIdentifier e) {
        return new FieldProblem(field, e.code(), e.arguments());
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

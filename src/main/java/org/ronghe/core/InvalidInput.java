package org.ronghe.core;

import java.util.List;

/**
 * Thrown when a command's input breaks a rule; carries every problem found (not only the first) so that a form or an
 * API client can show them all at once, in the user's language.
 */
public class InvalidInput extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems given");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String code, Object... arguments) {
        this(List.of(new FieldProblem(field, code, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

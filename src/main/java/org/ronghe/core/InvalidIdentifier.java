package org.ronghe.core;

import java.util.Arrays;

/**
 * Thrown when a Chinese identifier fails validation. Carries a message-bundle code and its arguments so that the user
 * sees the reason in their own language.
 */
public class InvalidIdentifier extends IllegalArgumentException {

    private final String code;
    private final transient Object[] arguments;

    public InvalidIdentifier(String code, Object... arguments) {
        super(code + Arrays.toString(arguments));
        this.code = code;
        this.arguments = arguments.clone();
    }

    /** The message-bundle key that explains the problem, e.g. {@code identifier.credit-code.check}. */
    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

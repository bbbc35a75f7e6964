package org.ronghe.core;

import java.util.Arrays;

/**
 * Thrown when an act is not allowed in the current state of a record (approving a withdrawn application, admitting a
 * member twice). Carries a message-bundle key and arguments; the API answers 409, pages show the message.
 */
public class RuleBroken extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public RuleBroken(String code, Object... arguments) {
        super(code + Arrays.toString(arguments));
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

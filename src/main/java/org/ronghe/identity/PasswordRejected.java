package org.ronghe.identity;

import java.util.List;

/** A new password breaks the password policy; carries the message keys of the broken rules. */
public class PasswordRejected extends IllegalArgumentException {

    private final List<String> violations;

    public PasswordRejected(List<String> violations) {
        super(String.join(",", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}

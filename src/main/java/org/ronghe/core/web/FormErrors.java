package org.ronghe.core.web;

import org.ronghe.core.InvalidInput;
import org.springframework.validation.BindingResult;

/** Puts a command's field problems on a form, so each shows under its field in the user's language. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult errors, InvalidInput e) {
        e.problems().forEach(p -> errors.rejectValue(p.field(), p.code(), p.arguments(), p.code()));
    }
}

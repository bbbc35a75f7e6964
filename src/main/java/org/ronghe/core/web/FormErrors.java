package org.ronghe.core.web;

import java.util.List;
import java.util.Locale;
import org.ronghe.core.InvalidInput;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/** Puts a command's field problems on a form (each under its field) or above it, in the user's language. */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult errors, InvalidInput e) {
        e.problems().forEach(p -> errors.rejectValue(p.field(), p.code(), p.arguments(), p.code()));
    }

    /**
     * Each problem under its field when the form has that field (a path such as {@code parties[1].budget} included),
     * else above the form.
     */
    public static void rejectOnForm(BindingResult errors, InvalidInput e) {
        BeanWrapper form = new BeanWrapperImpl(errors.getTarget());
        e.problems().forEach(p -> {
            if (form.isReadableProperty(p.field())) {
                errors.rejectValue(p.field(), p.code(), p.arguments(), p.code());
            } else {
                errors.reject(p.code(), p.arguments(), p.code());
            }
        });
    }

    /**
     * What the binder could not read (a number in words, a stale choice) as sentences in the current user's language,
     * for pages that show problems above a form.
     */
    public static List<String> messages(BindingResult errors, MessageSource messages) {
        Locale locale = LocaleContextHolder.getLocale();
        return errors.getAllErrors().stream()
                .map(e -> messages.getMessage(e, locale))
                .distinct()
                .toList();
    }

    /** The problems as sentences in the current user's language, for pages that show them above a form. */
    public static List<String> messages(InvalidInput e, MessageSource messages) {
        Locale locale = LocaleContextHolder.getLocale();
        return e.problems().stream()
                .map(p -> messages.getMessage(p.code(), p.arguments(), locale))
                .toList();
    }
}

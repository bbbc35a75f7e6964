package org.ronghe.web;

import static org.hamcrest.Matchers.matchesPattern;

import java.util.regex.Pattern;
import org.hamcrest.Matcher;

/** What a form page that came back shows, as matchers on its HTML. */
public final class FormPages {

    private FormPages() {}

    /** The field (input or select with that id) is marked invalid and the message sits in the feedback that follows. */
    public static Matcher<String> under(String field, String message) {
        return matchesPattern(Pattern.compile(
                ".*<(?:input|select)(?=[^>]*is-invalid)[^>]*id=\"" + field
                        + "\"[^>]*>(?:(?!<input|<select).)*?<div class=\"invalid-feedback\">" + Pattern.quote(message)
                        + ".*",
                Pattern.DOTALL));
    }
}

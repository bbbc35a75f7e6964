package org.ronghe.community.web;

import java.util.List;
import org.ronghe.core.InvalidInput;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.springframework.stereotype.Component;

/**
 * Turns what a secretary typed in an organisation field into an organisation id: a number is taken as
 * the id, anything else as a name (traditional or simplified, any spacing) that must name exactly one
 * organisation in the directory.
 */
@Component
class OrganisationPicker {

    private final Directory directory;

    OrganisationPicker(Directory directory) {
        this.directory = directory;
    }

    Long pick(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidInput("organisation", "organisation.required");
        }
        String text = input.strip();
        if (text.matches("\\d{1,18}")) {
            return Long.valueOf(text);
        }
        List<OrganisationSummary> named = directory.sameName(text);
        if (named.isEmpty()) {
            throw new InvalidInput("organisation", "organisation.not-found", text);
        }
        if (named.size() > 1) {
            throw new InvalidInput("organisation", "organisation.ambiguous", text, named.size());
        }
        return named.get(0).id();
    }
}

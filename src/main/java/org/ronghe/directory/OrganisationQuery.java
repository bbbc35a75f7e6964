package org.ronghe.directory;

import java.util.Collection;

/**
 * A directory search: words to match (any script, parts of words) and filters, each optional.
 *
 * @param region a province, prefecture or county code; matches everything inside it
 * @param industry a section letter or a division code
 * @param onlyIds when not null, only these organisations (e.g. the members of a body in some status)
 */
public record OrganisationQuery(
        String text,
        OrganisationType type,
        SchoolLevel level,
        String region,
        String industry,
        Collection<Long> onlyIds,
        Sort sort) {

    /** How results are ordered; relevance falls back to name when there is no text. */
    public enum Sort {
        RELEVANCE,
        NAME,
        NEWEST
    }

    public static OrganisationQuery text(String text, OrganisationType type) {
        return new OrganisationQuery(text, type, null, null, null, null, Sort.RELEVANCE);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}

package org.ronghe.directory;

/** What other modules need to show an organisation: id, name, type and, for schools, level. */
public record OrganisationSummary(Long id, String name, OrganisationType type, SchoolLevel schoolLevel) {

    static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(
                o.id(), o.name(), o.type(), o.schoolLevel().orElse(null));
    }
}

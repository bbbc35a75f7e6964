package org.ronghe.directory;

/** The kinds of member unit named in policy and in the seed articles. */
public enum OrganisationType {
    ENTERPRISE,
    UNIVERSITY,
    VOCATIONAL_SCHOOL,
    RESEARCH_INSTITUTE,
    TALENT_ORGANISATION,
    INDUSTRY_ASSOCIATION,
    GOVERNMENT_DEPARTMENT,
    PARK_ADMINISTRATION;

    /** Whether students study there: a university or a vocational school. */
    public boolean isSchool() {
        return this == UNIVERSITY || this == VOCATIONAL_SCHOOL;
    }

    /** The message-bundle key of the type's name. */
    public String messageKey() {
        return "organisation.type." + name();
    }
}

package org.ronghe.directory.web;

import org.ronghe.directory.Organisation;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;

/** The organisation form: the draft's fields, the version it was read at, and the duplicate confirmation. */
record OrganisationForm(
        String name,
        OrganisationType type,
        SchoolLevel schoolLevel,
        String creditCode,
        String regionCode,
        String industry,
        String website,
        String description,
        String contact,
        Long version,
        Boolean duplicateConfirmed) {

    static OrganisationForm empty() {
        return new OrganisationForm(null, null, null, null, null, null, null, null, null, 0L, false);
    }

    static OrganisationForm of(Organisation o) {
        OrganisationDraft d = OrganisationDraft.of(o);
        return new OrganisationForm(
                d.name(),
                d.type(),
                d.schoolLevel(),
                d.creditCode(),
                d.regionCode(),
                d.industry(),
                d.website(),
                d.description(),
                d.contact(),
                o.version(),
                false);
    }

    /** The version the editor read; absent only when the form was not sent by our page. */
    long expectedVersion() {
        return version == null ? -1 : version;
    }

    boolean duplicateWasConfirmed() {
        return Boolean.TRUE.equals(duplicateConfirmed);
    }

    OrganisationDraft draft() {
        return new OrganisationDraft(
                name, type, schoolLevel, creditCode, regionCode, industry, website, description, contact);
    }
}

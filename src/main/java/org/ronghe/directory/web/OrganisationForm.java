package org.ronghe.directory.web;

import org.ronghe.directory.Organisation;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;

/** The organisation form: the draft's fields, the version it was read at, and the duplicate confirmation. */
record OrganisationForm(String name, OrganisationType type, SchoolLevel schoolLevel, String creditCode,
                        String regionCode, String industry, String website, String description, String contact,
                        long version, boolean duplicateConfirmed) {

    static OrganisationForm empty() {
        return new OrganisationForm(null, null, null, null, null, null, null, null, null, 0, false);
    }

    static OrganisationForm of(Organisation o) {
        OrganisationDraft d = OrganisationDraft.of(o);
        return new OrganisationForm(d.name(), d.type(), d.schoolLevel(), d.creditCode(), d.regionCode(), d.industry(),
                d.website(), d.description(), d.contact(), o.version(), false);
    }

    OrganisationDraft draft() {
        return new OrganisationDraft(name, type, schoolLevel, creditCode, regionCode, industry, website, description,
                contact);
    }
}

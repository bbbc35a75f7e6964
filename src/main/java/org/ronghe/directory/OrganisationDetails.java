package org.ronghe.directory;

import org.ronghe.core.CreditCode;
import org.ronghe.core.RegionCode;

/**
 * What a user states about an organisation, already validated field by field (see
 * {@link OrganisationDraft#validate()}). Optional parts are null.
 */
public record OrganisationDetails(String name, OrganisationType type, SchoolLevel schoolLevel, CreditCode creditCode,
                                  RegionCode region, Industry industry, String website, String description,
                                  String contact) {
}

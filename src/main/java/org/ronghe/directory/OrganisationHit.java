package org.ronghe.directory;

import org.ronghe.core.RegionCode;

/** An organisation as a search hit, projected from the index without touching the database. */
public record OrganisationHit(Long id, String name, OrganisationType type, SchoolLevel schoolLevel, String regionCode) {

    /** The province of the region, e.g. {@code 安徽省}; null when no region is known. */
    public String provinceName() {
        return regionCode == null ? null : RegionCode.of(regionCode).provinceName();
    }
}

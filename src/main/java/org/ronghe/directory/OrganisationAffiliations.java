package org.ronghe.directory;

import java.util.List;

/**
 * Implemented by modules that relate organisations to something (bodies, agreements…), so that the organisation page
 * and API can list where an organisation takes part without the directory depending on those modules.
 */
public interface OrganisationAffiliations {

    List<Affiliation> of(Long organisationId);

    /**
     * One place where an organisation takes part.
     *
     * @param targetName what it belongs to, e.g. a body's name
     * @param targetLink the page of that thing
     * @param roleKeys message keys of its roles there (member, lead school, vice-chair …)
     */
    record Affiliation(Long targetId, String targetName, String targetLink, List<String> roleKeys) {}
}

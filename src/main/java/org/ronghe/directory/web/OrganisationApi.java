package org.ronghe.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ronghe.core.PageResult;
import org.ronghe.directory.Directory;
import org.ronghe.directory.Organisation;
import org.ronghe.directory.OrganisationAffiliations;
import org.ronghe.directory.OrganisationAffiliations.Affiliation;
import org.ronghe.directory.OrganisationHit;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organisations for integrators: search and profile with affiliations. */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Member units: enterprises, schools, institutes, departments")
class OrganisationApi {

    private final Directory directory;
    private final List<OrganisationAffiliations> affiliations;

    OrganisationApi(Directory directory, List<OrganisationAffiliations> affiliations) {
        this.directory = directory;
        this.affiliations = affiliations;
    }

    @GetMapping
    @Operation(summary = "Search organisations by name, optionally of one type")
    PageResult<OrganisationHit> search(@RequestParam(defaultValue = "") String q,
                                        @RequestParam(required = false) OrganisationType type,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        return directory.search(q, type, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An organisation with the bodies it belongs to and its roles there")
    OrganisationJson get(@PathVariable Long id) {
        Organisation organisation = directory.get(id);
        return OrganisationJson.of(organisation, affiliations.stream().flatMap(a -> a.of(id).stream()).toList());
    }

    /** An organisation as the API shows it. */
    record OrganisationJson(Long id, String name, OrganisationType type, SchoolLevel schoolLevel, String creditCode,
                            String regionCode, String website, String description, long version,
                            List<Affiliation> affiliations) {

        static OrganisationJson of(Organisation o, List<Affiliation> affiliations) {
            return new OrganisationJson(o.id(), o.name(), o.type(), o.schoolLevel().orElse(null),
                    o.creditCode().map(Object::toString).orElse(null), o.region().map(Object::toString).orElse(null),
                    o.website(), o.description(), o.version(), affiliations);
        }
    }
}

package org.ronghe.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ronghe.core.PageResult;
import org.ronghe.directory.Directory;
import org.ronghe.directory.MembershipLookup;
import org.ronghe.directory.Organisation;
import org.ronghe.directory.OrganisationAffiliations;
import org.ronghe.directory.OrganisationAffiliations.Affiliation;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationHit;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.PossibleDuplicate;
import org.ronghe.directory.SchoolLevel;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organisations for integrators: search with filters, profile, registration, revision, merging. */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Member units: enterprises, schools, institutes, departments")
class OrganisationApi {

    private final Directory directory;
    private final List<OrganisationAffiliations> affiliations;
    private final Optional<MembershipLookup> memberships;
    private final MessageSource messages;

    OrganisationApi(
            Directory directory,
            List<OrganisationAffiliations> affiliations,
            Optional<MembershipLookup> memberships,
            MessageSource messages) {
        this.directory = directory;
        this.affiliations = affiliations;
        this.memberships = memberships;
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            summary = "Search organisations by name with filters: type, level, region (any level), industry "
                    + "(section letter or division), body and membership status; sort RELEVANCE, NAME or NEWEST")
    PageResult<OrganisationHit> search(
            @ParameterObject DirectoryFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return directory.search(filter.toQuery(memberships), page, Math.min(size, 200));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "An organisation with the bodies it belongs to and its roles there; "
                    + "a merged duplicate's id answers 301 to the survivor")
    ResponseEntity<OrganisationJson> get(@PathVariable Long id) {
        Optional<Long> survivor = directory.survivorOf(id);
        if (survivor.isPresent()) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create("/api/v1/organisations/" + survivor.get()))
                    .build();
        }
        return ResponseEntity.ok(json(directory.get(id)));
    }

    @PostMapping
    @PreAuthorize("@permissions.canRegisterOrganisations()")
    @Operation(
            summary = "Register an organisation; 400 lists every invalid field, 409 lists organisations with the "
                    + "same normalised name unless duplicateConfirmed=true")
    ResponseEntity<OrganisationJson> register(
            @RequestBody OrganisationDraft draft,
            @Parameter(description = "the caller checked the organisations with the same name")
                    @RequestParam(defaultValue = "false")
                    boolean duplicateConfirmed) {
        Organisation saved = directory.register(draft, duplicateConfirmed);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + saved.id()))
                .body(json(saved));
    }

    @PutMapping("/{id}")
    @PreAuthorize("@permissions.canManageOrganisation(#id)")
    @Operation(summary = "Replace an organisation's details; 409 when it changed since the given version")
    OrganisationJson revise(@PathVariable Long id, @RequestParam long version, @RequestBody OrganisationDraft draft) {
        return json(directory.revise(id, version, draft));
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize("@permissions.isPlatformAdmin()")
    @Operation(summary = "Merge a duplicate into this organisation, moving its memberships and roles (platform admins)")
    OrganisationJson merge(@PathVariable Long id, @RequestParam Long duplicate) {
        return json(directory.merge(id, duplicate));
    }

    @ExceptionHandler(PossibleDuplicate.class)
    ProblemDetail duplicate(PossibleDuplicate e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setTitle(messages.getMessage("organisation.duplicate.title", null, locale));
        problem.setDetail(messages.getMessage("organisation.duplicate.detail", null, locale));
        problem.setProperty("duplicates", e.existing());
        return problem;
    }

    private OrganisationJson json(Organisation organisation) {
        Long id = organisation.id();
        return OrganisationJson.of(
                organisation,
                affiliations.stream().flatMap(a -> a.of(id).stream()).toList());
    }

    /** An organisation as the API shows it. */
    record OrganisationJson(
            Long id,
            String name,
            OrganisationType type,
            SchoolLevel schoolLevel,
            String creditCode,
            String regionCode,
            String regionName,
            String industry,
            String industryName,
            String website,
            String description,
            String contact,
            long version,
            List<Affiliation> affiliations) {

        static OrganisationJson of(Organisation o, List<Affiliation> affiliations) {
            OrganisationDraft d = OrganisationDraft.of(o);
            return new OrganisationJson(
                    o.id(),
                    o.name(),
                    o.type(),
                    d.schoolLevel(),
                    d.creditCode(),
                    d.regionCode(),
                    o.region().map(r -> r.displayName()).orElse(null),
                    d.industry(),
                    o.industry().map(i -> i.displayName()).orElse(null),
                    o.website(),
                    o.description(),
                    o.contact(),
                    o.version(),
                    affiliations);
        }
    }
}

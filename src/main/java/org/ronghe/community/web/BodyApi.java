package org.ronghe.community.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyProfile;
import org.ronghe.community.BodySummary;
import org.ronghe.community.Community;
import org.ronghe.core.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bodies for integrators: search, full profile, profile revision by the secretariat. */
@RestController
@RequestMapping("/api/v1/bodies")
@Tag(name = "Bodies", description = "Industry communities, city consortia and vocational education groups")
class BodyApi {

    private final Community community;

    BodyApi(Community community) {
        this.community = community;
    }

    @GetMapping
    @Operation(summary = "Search bodies by name (traditional or simplified Chinese, parts of words)")
    PageResult<BodySummary> search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return community.search(q, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A body with leads, council terms, guiding committee, child bodies, members and compositions")
    BodyProfile get(@PathVariable Long id) {
        return community.profile(id);
    }

    @PostMapping
    @PreAuthorize("@permissions.isPlatformAdmin()")
    @Operation(summary = "Found a body (platform admins); 400 lists every invalid field")
    ResponseEntity<BodyProfile> found(@RequestBody BodyDraft draft) {
        Long id = community.found(draft).id();
        return ResponseEntity.created(URI.create("/api/v1/bodies/" + id)).body(community.profile(id));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("@permissions.canManageBody(#id)")
    @Operation(summary = "Revise the public profile; 409 when the body changed since the given version")
    BodyProfile revise(@PathVariable Long id, @Valid @RequestBody ProfileRevision revision) {
        community.reviseProfile(id, revision.version(), revision.shortName(), revision.description());
        return community.profile(id);
    }

    /** New short name and description, and the version they were based on. */
    record ProfileRevision(
            @Size(max = 100) String shortName,
            @Size(max = 4000) String description,
            long version) {}
}

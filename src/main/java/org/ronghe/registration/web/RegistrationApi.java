package org.ronghe.registration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import org.ronghe.core.PageResult;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.registration.Registration;
import org.ronghe.registration.RegistrationForm;
import org.ronghe.registration.SelfRegistration;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Self-registration for clients: submit (anonymous, multipart), and the verifiers' list and decisions. */
@RestController
@RequestMapping("/api/v1/registrations")
@Tag(
        name = "Registrations",
        description = "Units register themselves; a platform admin or the body's secretariat verifies")
class RegistrationApi {

    private final SelfRegistration registrations;
    private final FileDownloads downloads;

    RegistrationApi(SelfRegistration registrations, FileDownloads downloads) {
        this.registrations = registrations;
        this.downloads = downloads;
    }

    /** A registration as its verifiers see it: the contact's mobile masked, the scan behind its own API link. */
    record RegistrationJson(
            Long id,
            String organisationName,
            String organisationType,
            String creditCode,
            String regionCode,
            String industry,
            Long bodyId,
            String contactName,
            String contactMobile,
            String contactEmail,
            String status,
            String reason,
            Long organisationId,
            Instant createdAt,
            String licence,
            long version) {
        static RegistrationJson of(Registration r) {
            return new RegistrationJson(
                    r.id(),
                    r.organisationName(),
                    r.organisationType().name(),
                    r.creditCode(),
                    r.regionCode(),
                    r.industry(),
                    r.bodyId().orElse(null),
                    r.contactName(),
                    r.contactMobileMasked(),
                    r.contactEmail(),
                    r.status().name(),
                    r.reason(),
                    r.organisationId().orElse(null),
                    r.createdAt(),
                    "/api/v1/registrations/" + r.id() + "/licence",
                    r.version());
        }
    }

    /** What the applicant is told: the number of the request and that it waits. */
    record Submitted(Long id, String status) {}

    record Decision(long version, String reason) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Registers a unit and its first admin (disabled until verified); fields as the /register form,"
                    + " the scan as 'licence'")
    ResponseEntity<Submitted> submit(
            @ModelAttribute RegistrationForm form,
            @RequestParam(name = "licence", required = false) MultipartFile licence,
            HttpServletRequest request,
            Locale locale)
            throws IOException {
        try (InputStream in = licence == null || licence.isEmpty() ? null : licence.getInputStream()) {
            Registration saved = registrations.submit(
                    form, in == null ? null : licence.getOriginalFilename(), in, request.getRemoteAddr(), locale);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new Submitted(saved.id(), saved.status().name()));
        }
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Registrations the caller may verify (platform admin: all; secretariat: naming its body)")
    PageResult<RegistrationJson> list(
            @RequestParam(required = false) Registration.Status status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return registrations.page(status, page, size).map(RegistrationJson::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    RegistrationJson get(@PathVariable Long id) {
        return RegistrationJson.of(registrations.visible(id));
    }

    @GetMapping("/{id}/licence")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The business-licence scan, for its verifiers only; each download is audited")
    ResponseEntity<Resource> licence(@PathVariable Long id) {
        return downloads.of(registrations.licence(id));
    }

    @PostMapping("/{id}/verify")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Verifies: the unit enters the directory and the account becomes its admin")
    RegistrationJson verify(@PathVariable Long id, @RequestBody Decision decision) {
        return RegistrationJson.of(registrations.verify(id, decision.version()));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Rejects with a reason (required); the account stays disabled")
    RegistrationJson reject(@PathVariable Long id, @RequestBody Decision decision) {
        return RegistrationJson.of(registrations.reject(id, decision.version(), decision.reason()));
    }
}

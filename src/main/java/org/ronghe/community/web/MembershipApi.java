package org.ronghe.community.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.community.Admissions;
import org.ronghe.community.Admissions.Decision;
import org.ronghe.community.Membership;
import org.ronghe.community.MembershipStep.Action;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Applications and memberships of a body: apply, admit, decide, and read the history. */
@RestController
@RequestMapping("/api/v1/bodies/{bodyId}")
@Tag(name = "Memberships", description = "Applications, decisions, suspensions and withdrawals, with history")
class MembershipApi {

    private final Admissions admissions;
    private final MembershipViews views;
    private final MembershipDecisions decisions;

    MembershipApi(Admissions admissions, MembershipViews views, MembershipDecisions decisions) {
        this.admissions = admissions;
        this.views = views;
        this.decisions = decisions;
    }

    @GetMapping("/memberships")
    @PreAuthorize("@permissions.canReadBody(#bodyId)")
    @Operation(summary = "Memberships and applications of a body, optionally in some statuses (secretariat, observers)")
    List<MembershipJson> list(
            @PathVariable Long bodyId, @RequestParam(defaultValue = "") List<Membership.Status> status) {
        return views.of(bodyId, status);
    }

    @GetMapping("/memberships/{organisationId}")
    @Operation(
            summary =
                    "One membership with its history (the body's secretariat and observers, the organisation's admins)")
    MembershipJson get(@PathVariable Long bodyId, @PathVariable Long organisationId) {
        if (!decisions.canRead(bodyId, organisationId)) {
            throw new AccessDeniedException("membership history");
        }
        return views.one(bodyId, organisationId);
    }

    @PostMapping("/applications")
    @PreAuthorize("@permissions.canManageOrganisation(#application.organisationId())")
    @Operation(summary = "An organisation's admin applies to join; 409 when it is already a member or has applied")
    ResponseEntity<MembershipJson> apply(@PathVariable Long bodyId, @Valid @RequestBody Application application) {
        Membership m = admissions.apply(bodyId, application.organisationId(), application.message());
        return created(m);
    }

    @PostMapping("/memberships")
    @PreAuthorize("@permissions.canManageBody(#bodyId)")
    @Operation(summary = "The secretariat admits an organisation directly; 409 when it is already a member")
    ResponseEntity<MembershipJson> admit(@PathVariable Long bodyId, @Valid @RequestBody Admission admission) {
        Membership m = admissions.admit(bodyId, admission.organisationId(), admission.joinedOn(), admission.note());
        return created(m);
    }

    @PostMapping("/memberships/{organisationId}/{act}")
    @Operation(
            summary = "Decide: approve, reject, suspend, reinstate (secretariat); withdraw (secretariat or the "
                    + "organisation); withdraw-application (the organisation). Reject, suspend and withdraw need a reason; "
                    + "409 when the status does not allow it or the version is stale")
    MembershipJson decide(
            @PathVariable Long bodyId,
            @PathVariable Long organisationId,
            @PathVariable String act,
            @Valid @RequestBody(required = false) DecisionRequest request) {
        Action action = MembershipDecisions.action(act);
        decisions.requireAllowed(action, bodyId, organisationId);
        DecisionRequest r = request == null ? new DecisionRequest(null, null, null) : request;
        return views.one(admissions.decide(
                bodyId, organisationId, action, new Decision(r.reason(), r.effectiveOn(), r.version())));
    }

    private ResponseEntity<MembershipJson> created(Membership m) {
        return ResponseEntity.created(URI.create("/api/v1/bodies/" + m.bodyId() + "/memberships/" + m.organisationId()))
                .body(views.one(m));
    }

    /** An application to join, with a message to the secretariat. */
    record Application(
            @NotNull Long organisationId,
            @Size(max = Membership.REASON_MAX) String message) {}

    /** A direct admission; joined today when no date is given. */
    record Admission(
            @NotNull Long organisationId,
            LocalDate joinedOn,
            @Size(max = Membership.REASON_MAX) String note) {}

    /** A decision's reason, effective day (today when absent) and the version the decider saw (optional). */
    record DecisionRequest(
            @Size(max = Membership.REASON_MAX) String reason, LocalDate effectiveOn, Long version) {}
}

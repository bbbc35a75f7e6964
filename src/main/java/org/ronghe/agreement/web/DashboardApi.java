package org.ronghe.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import org.ronghe.agreement.BodyDashboard;
import org.ronghe.agreement.ObligationList;
import org.ronghe.core.PageResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A body's agreement dashboard and the obligations behind its numbers, as JSON. */
@RestController
class DashboardApi {

    private final BodyDashboard dashboard;
    private final ObligationList obligations;

    DashboardApi(BodyDashboard dashboard, ObligationList obligations) {
        this.dashboard = dashboard;
        this.obligations = obligations;
    }

    @GetMapping("/api/v1/agreements/dashboard")
    @PreAuthorize("@agreementAccess.canReadBody(#bodyId)")
    @Operation(
            summary = "A body's agreements by kind and status, fulfilment rate (confirmed ÷ (confirmed + overdue)), "
                    + "money committed and reported, the first overdue obligations and dormant agreements",
            tags = "Agreements")
    BodyDashboard.Figures figures(@RequestParam Long bodyId) {
        return dashboard.of(bodyId);
    }

    @GetMapping("/api/v1/obligations")
    @PreAuthorize("@agreementAccess.canReadBody(#bodyId)")
    @Operation(
            summary = "The obligations behind a dashboard number: OVERDUE, CONFIRMED (with confirmed periods), "
                    + "REPORTED (money reported)",
            tags = "Obligations")
    PageResult<ObligationList.Line> lines(
            @RequestParam Long bodyId,
            @RequestParam ObligationList.Show show,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return obligations.of(bodyId, show, page, size);
    }
}

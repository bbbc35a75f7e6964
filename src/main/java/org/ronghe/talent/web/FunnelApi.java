package org.ronghe.talent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ronghe.talent.funnel.Funnel;
import org.ronghe.talent.funnel.Funnels;
import org.ronghe.talent.programmes.ProgrammeBook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The funnel's figures as JSON, for a body, a programme or an enterprise (the page: {@link FunnelPages}). */
@RestController
@Tag(name = "Talent funnel", description = "Enrolled → interned → offered → hired (confirmed), with retention")
class FunnelApi {

    private final Funnels funnels;
    private final ProgrammeBook programmes;

    FunnelApi(Funnels funnels, ProgrammeBook programmes) {
        this.funnels = funnels;
        this.programmes = programmes;
    }

    @GetMapping("/api/v1/funnel/bodies/{bodyId}")
    @PreAuthorize("@studentAccess.canReadBodyFigures(#bodyId)")
    @Operation(summary = "A body's funnel: in all, by programme, by intake year, and its talent needs")
    Funnels.BodyFunnel bodyFunnel(@PathVariable Long bodyId) {
        return funnels.ofBody(bodyId);
    }

    @GetMapping("/api/v1/funnel/programmes/{programmeId}")
    @PreAuthorize("@studentAccess.canSeeProgrammeFunnel(#programmeId)")
    @Operation(summary = "A programme's funnel: in all and by cohort")
    Funnels.ProgrammeFunnel programmeFunnel(@PathVariable Long programmeId) {
        programmes.get(programmeId);
        return funnels.ofProgramme(programmeId);
    }

    @GetMapping("/api/v1/funnel/enterprises/{enterpriseId}")
    @PreAuthorize("@studentAccess.canReadEnterpriseFigures(#enterpriseId)")
    @Operation(summary = "An enterprise's funnel: its programmes' students, its interns, offers and confirmed hires")
    Funnel enterpriseFunnel(@PathVariable Long enterpriseId) {
        return funnels.ofEnterprise(enterpriseId);
    }
}

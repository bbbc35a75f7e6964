package org.ronghe.talent.web;

import java.util.List;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.ronghe.talent.funnel.Funnels;
import org.ronghe.talent.programmes.ProgrammeBook;
import org.ronghe.talent.students.FunnelStep;
import org.ronghe.talent.students.StudentAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The talent funnel of a body, a programme or an enterprise, as a page (with ECharts and every figure linked to the
 * masked list behind it) and as JSON. Confirmed figures only: an internship the enterprise evaluated, a hire the
 * employer confirmed.
 */
@Controller
class FunnelPages {

    private final Funnels funnels;
    private final ProgrammeBook programmes;
    private final Community community;
    private final Directory directory;
    private final Permissions permissions;
    private final StudentAccess access;

    FunnelPages(
            Funnels funnels,
            ProgrammeBook programmes,
            Community community,
            Directory directory,
            Permissions permissions,
            StudentAccess access) {
        this.funnels = funnels;
        this.programmes = programmes;
        this.community = community;
        this.directory = directory;
        this.permissions = permissions;
        this.access = access;
    }

    /** The page: a body's funnel for its secretariat, a programme's, or an enterprise's; the user's own by default. */
    @GetMapping("/talent/funnel")
    @PreAuthorize("isAuthenticated()")
    String page(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long programmeId,
            @RequestParam(required = false) Long enterpriseId,
            Model model) {
        model.addAttribute("steps", FunnelStep.values());
        model.addAttribute("lists", false);
        if (programmeId != null) {
            requireOr403(access.canSeeProgrammeFunnel(programmeId));
            model.addAttribute("programme", programmes.get(programmeId));
            model.addAttribute("programmeFunnel", funnels.ofProgramme(programmeId));
            model.addAttribute("lists", access.canReadProgrammeFigures(programmeId));
            return "talent/funnel";
        }
        if (enterpriseId == null && bodyId == null) {
            bodyId = ownBody();
            enterpriseId = bodyId == null
                    ? permissions.administeredOrganisations().stream()
                            .findFirst()
                            .orElse(null)
                    : null;
        }
        if (enterpriseId != null) {
            requireOr403(access.canReadEnterpriseFigures(enterpriseId));
            model.addAttribute(
                    "enterpriseName", directory.names(List.of(enterpriseId)).get(enterpriseId));
            model.addAttribute("enterpriseId", enterpriseId);
            model.addAttribute("enterpriseFunnel", funnels.ofEnterprise(enterpriseId));
            return "talent/funnel";
        }
        if (bodyId != null) {
            requireOr403(access.canReadBodyFigures(bodyId));
            model.addAttribute("body", community.get(bodyId));
            model.addAttribute("bodyFunnel", funnels.ofBody(bodyId));
            model.addAttribute("lists", true);
        }
        return "talent/funnel";
    }

    private Long ownBody() {
        return Permissions.currentUser()
                .flatMap(u -> u.grants().stream()
                        .filter(g -> g.role() == Role.SECRETARIAT || g.role() == Role.OBSERVER)
                        .map(Grant::bodyId)
                        .findFirst())
                .orElse(null);
    }

    private static void requireOr403(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("funnel");
        }
    }
}

package org.ronghe.evaluation.web;

import java.time.Clock;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.TypedNumbers;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.evaluation.overview.RegionOverviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The guiding department's view in the browser: the table of bodies by year, the grades chart, the filters. */
@Controller
class OverviewPages {

    private final RegionOverviews overviews;
    private final PageOutcomes outcomes;
    private final Clock clock;

    OverviewPages(RegionOverviews overviews, PageOutcomes outcomes, Clock clock) {
        this.overviews = overviews;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @GetMapping("/evaluations/overview")
    @PreAuthorize("isAuthenticated()")
    String overview(
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean guided,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        try {
            model.addAttribute(
                    "o",
                    OverviewApi.of(
                            overviews,
                            clock,
                            region,
                            guided,
                            TypedNumbers.whole("from", from),
                            TypedNumbers.whole("to", to),
                            page,
                            50));
        } catch (InvalidInput | InvalidIdentifier e) {
            model.addAttribute("problem", outcomes.problem(e));
            model.addAttribute("o", OverviewApi.of(overviews, clock, null, guided, null, null, 0, 50));
        }
        model.addAttribute("figures", RegionOverviews.KEY_FIGURES);
        model.addAttribute("regionInput", region);
        return "evaluation/overview";
    }
}

package org.ronghe.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.ronghe.evaluation.overview.RegionOverviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The guiding department's view through the API: bodies of a region, or those it guides, side by side over years. */
@RestController
@Tag(name = "Evaluations")
class OverviewApi {

    /** At most this many years side by side. */
    static final int MAX_YEARS = 10;

    private final RegionOverviews overviews;
    private final Clock clock;

    OverviewApi(RegionOverviews overviews, Clock clock) {
        this.overviews = overviews;
        this.clock = clock;
    }

    @GetMapping("/api/v1/evaluations/overview")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary =
                    "Bodies in a region (a province takes in its cities) or guided by the caller's organisations, with"
                            + " each year's grade, total and key figures, and the grades year by year")
    RegionOverviews.Overview overview(
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean guided,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return of(overviews, clock, region, guided, from, to, page, size);
    }

    /** The overview with the years checked: by default the last three full years, at most {@link #MAX_YEARS}. */
    static RegionOverviews.Overview of(
            RegionOverviews overviews,
            Clock clock,
            String region,
            boolean guided,
            Integer from,
            Integer to,
            int page,
            int size) {
        int last = to != null ? to : LocalDate.now(clock).getYear() - 1;
        int first = from != null ? from : last - 2;
        if (first > last || last - first >= MAX_YEARS || first < 2000 || last > 2200) {
            throw new InvalidInput("from", "evaluation.overview.years", MAX_YEARS);
        }
        return overviews.of(region, guided, first, last, page, Math.min(Math.max(size, 1), PageResult.MAX_SIZE));
    }
}

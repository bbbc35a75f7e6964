package org.ronghe.docking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ronghe.docking.capabilities.CapabilityBook;
import org.ronghe.docking.demands.DemandAccess;
import org.ronghe.docking.matching.MatchFilter;
import org.ronghe.docking.matching.Ranking;
import org.ronghe.docking.web.MatchViews.CapabilityMatch;
import org.ronghe.docking.web.MatchViews.NeedMatch;
import org.ronghe.talent.needs.NeedBook;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matches both ways for signed-in users: capabilities for a need (or a talent need), needs for a capability — only
 * needs the caller may see, and only for a need the caller may see. Each item explains itself: shared words, same
 * industry or region, the similarity of the two texts.
 */
@RestController
@Tag(name = "Matching", description = "精准对接: needs and capabilities ranked for each other, with reasons")
class MatchApi {

    private final MatchViews views;
    private final DemandAccess demands;
    private final CapabilityBook capabilities;
    private final NeedBook talentNeeds;

    MatchApi(MatchViews views, DemandAccess demands, CapabilityBook capabilities, NeedBook talentNeeds) {
        this.views = views;
        this.demands = demands;
        this.capabilities = capabilities;
        this.talentNeeds = talentNeeds;
    }

    /** The filters of matches: kinds and owner types may also be comma-separated; {@code size} at most 50. */
    record Query(
            List<String> kind,
            String industry,
            String region,
            Long bodyId,
            List<String> ownerType,
            Ranking ranking,
            Integer size) {

        MatchFilter filter() {
            return new MatchFilter(
                    MatchFilter.names(kind), industry, region, bodyId, null, MatchFilter.names(ownerType));
        }

        Ranking rankingOrDefault() {
            return ranking == null ? Ranking.HYBRID : ranking;
        }

        int sizeOrDefault() {
            return size == null ? 10 : size;
        }
    }

    record Matches<T>(List<T> items) {}

    @GetMapping("/api/v1/needs/{id}/matches")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Capabilities ranked for a need (404 when the need is hidden from the caller)")
    Matches<CapabilityMatch> forNeed(@PathVariable Long id, @ParameterObject @ModelAttribute Query query) {
        return new Matches<>(
                views.forDemand(demands.visible(id), query.filter(), query.rankingOrDefault(), query.sizeOrDefault()));
    }

    @GetMapping("/api/v1/talent-needs/{id}/matches")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Capabilities (majors, courses and the rest) ranked for a talent need")
    Matches<CapabilityMatch> forTalentNeed(@PathVariable Long id, @ParameterObject @ModelAttribute Query query) {
        return new Matches<>(views.forTalentNeed(
                talentNeeds.get(id).terms(), query.filter(), query.rankingOrDefault(), query.sizeOrDefault()));
    }

    @GetMapping("/api/v1/capabilities/{id}/matches")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Needs the caller may see, ranked for a capability")
    Matches<NeedMatch> forCapability(@PathVariable Long id, @ParameterObject @ModelAttribute Query query) {
        return new Matches<>(views.forCapability(
                capabilities.get(id), query.filter(), query.rankingOrDefault(), query.sizeOrDefault()));
    }
}

package org.ronghe.docking.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ronghe.core.RegionCode;
import org.ronghe.core.sheets.SheetWriter;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.docking.demands.DemandAccess;
import org.ronghe.docking.matching.MatchFilter;
import org.ronghe.docking.matching.MatchReason;
import org.ronghe.docking.matching.Ranking;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The lists of needs and capabilities and a need's matches as .xlsx, filtered as on screen and only what the caller may
 * see; experts' names masked. The page's buttons and the API's exports.
 */
@Controller
class DockingDownloads {

    private final DemandRows needs;
    private final CapabilityRows capabilities;
    private final MatchViews matches;
    private final DemandAccess access;
    private final MessageSource messages;
    private final Clock clock;

    DockingDownloads(
            DemandRows needs,
            CapabilityRows capabilities,
            MatchViews matches,
            DemandAccess access,
            MessageSource messages,
            Clock clock) {
        this.needs = needs;
        this.capabilities = capabilities;
        this.matches = matches;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping({"/docking/needs.xlsx", "/api/v1/needs/export"})
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The needs the caller may see, filtered as the list, as .xlsx", tags = "Docking needs")
    void needs(@ParameterObject @ModelAttribute DemandRows.Filter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (DemandRows.DemandRow n : needs.all(filter)) {
            rows.add(Arrays.asList(
                    n.title(),
                    text("docking.need.kind." + n.kind(), locale),
                    n.organisationName(),
                    region(n.regionCode()),
                    text("docking.need.status." + n.status(), locale),
                    n.sample() ? text("docking.sample", locale) : null,
                    LocalDate.ofInstant(n.createdAt(), clock.getZone()).toString()));
        }
        write(
                response,
                locale,
                "docking.need.list.title",
                rows,
                "docking.need.title",
                "docking.need.kind",
                "docking.need.organisation",
                "docking.region",
                "docking.need.status",
                "docking.sample",
                "docking.posted");
    }

    @GetMapping({"/docking/capabilities.xlsx", "/api/v1/capabilities/export"})
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The catalogue, filtered as the list, as .xlsx (experts' names masked)", tags = "Capabilities")
    void capabilities(
            @ParameterObject @ModelAttribute CapabilityRows.Filter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (CapabilityRows.CapabilityRow c : capabilities.all(filter)) {
            rows.add(Arrays.asList(
                    c.title(),
                    text("docking.capability.kind." + c.kind(), locale),
                    c.organisationName(),
                    c.expertName(),
                    region(c.regionCode()),
                    c.sample() ? text("docking.sample", locale) : null,
                    LocalDate.ofInstant(c.createdAt(), clock.getZone()).toString()));
        }
        write(
                response,
                locale,
                "docking.capability.list.title",
                rows,
                "docking.capability.title",
                "docking.capability.kind",
                "docking.capability.organisation",
                "docking.capability.expert-name",
                "docking.region",
                "docking.sample",
                "docking.posted");
    }

    @GetMapping({"/docking/needs/{id}/matches.xlsx", "/api/v1/needs/{id}/matches/export"})
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A need's 50 best capabilities with their reasons, as .xlsx", tags = "Matching")
    void matches(@PathVariable Long id, Locale locale, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (MatchViews.CapabilityMatch m :
                matches.forDemand(access.visible(id), MatchFilter.NONE, Ranking.HYBRID, MatchViews.MAX_SIZE)) {
            rows.add(Arrays.asList(
                    rank++,
                    m.title(),
                    text("docking.capability.kind." + m.kind(), locale),
                    m.organisationName(),
                    Math.round(m.score() * 100) / 100.0,
                    String.join("、", reason(m.reasons(), "TERMS").terms()),
                    reason(m.reasons(), "SIMILARITY").value()));
        }
        write(
                response,
                locale,
                "docking.matches.capabilities",
                rows,
                "docking.matches.rank",
                "docking.capability.title",
                "docking.capability.kind",
                "docking.capability.organisation",
                "docking.matches.score",
                "docking.reason.TERMS",
                "docking.matches.similarity");
    }

    private void write(
            HttpServletResponse response, Locale locale, String title, List<List<Object>> rows, String... headers)
            throws IOException {
        String name = text(title, locale);
        FileDownloads.prepareXlsx(response, name + "-" + LocalDate.now(clock) + ".xlsx");
        SheetWriter.write(
                response.getOutputStream(),
                name,
                Arrays.stream(headers).map(h -> text(h, locale)).toList(),
                rows);
    }

    private static MatchReason reason(List<MatchReason> reasons, String code) {
        return reasons.stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElse(new MatchReason(code, List.of(), null));
    }

    private static String region(String code) {
        return code == null ? null : RegionCode.of(code).displayName();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

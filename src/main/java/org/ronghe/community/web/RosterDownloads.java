package org.ronghe.community.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ronghe.community.Community;
import org.ronghe.community.Membership.Status;
import org.ronghe.community.roster.RosterExported;
import org.ronghe.community.roster.RosterSheets;
import org.ronghe.core.web.FileDownloads;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The roster template and the roster export (.xlsx), for pages and API alike. Exports are audited. */
@Controller
@PreAuthorize("@permissions.canReadBody(#id)")
class RosterDownloads {

    private final RosterSheets sheets;
    private final Community community;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RosterDownloads(
            RosterSheets sheets,
            Community community,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sheets = sheets;
        this.community = community;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping({"/bodies/{id}/roster/template.xlsx", "/api/v1/bodies/{id}/roster/template"})
    void template(@PathVariable Long id, Locale locale, HttpServletResponse response) throws IOException {
        community.get(id);
        FileDownloads.prepareXlsx(response, messages.getMessage("roster.template.file", null, locale) + ".xlsx");
        sheets.template(response.getOutputStream(), locale);
    }

    @GetMapping({"/bodies/{id}/roster.xlsx", "/api/v1/bodies/{id}/roster"})
    void export(
            @PathVariable Long id,
            @RequestParam(defaultValue = "") List<Status> status,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        String name = community.get(id).name();
        FileDownloads.prepareXlsx(
                response,
                name + "-" + messages.getMessage("roster.sheet", null, locale) + "-" + LocalDate.now(clock) + ".xlsx");
        int rows = sheets.export(id, status, response.getOutputStream(), locale);
        String statuses =
                status.isEmpty() ? "ALL" : status.stream().map(Enum::name).collect(Collectors.joining(","));
        events.publishEvent(new RosterExported(id, statuses, rows));
    }
}

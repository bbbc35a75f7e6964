package org.ronghe.research.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.PageResult;
import org.ronghe.core.sheets.SheetWriter;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.directory.Directory;
import org.ronghe.research.ResearchEvents.ResearchExported;
import org.ronghe.research.figures.RecordFilter;
import org.ronghe.research.figures.ResearchRecords;
import org.ronghe.research.projects.Output;
import org.ronghe.research.projects.Project;
import org.ronghe.research.projects.ProjectAccess;
import org.ronghe.research.projects.ProjectBook;
import org.ronghe.research.projects.ProjectParty;
import org.ronghe.research.projects.Tranche;
import org.ronghe.research.studios.Studio;
import org.ronghe.research.studios.StudioAccess;
import org.ronghe.research.studios.StudioBook;
import org.ronghe.research.transfers.Transfer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The R&D lists as .xlsx (page link and API path alike), with the screen's filters and permissions: the projects a user
 * may see, and the projects, tranches, outputs or transfers behind a dashboard figure. Every export is audited.
 */
@Controller
class ResearchExports {

    /** The most rows one export writes; a larger selection is refused with a hint to narrow it, never cut short. */
    static final int MAX_ROWS = 100_000;

    private static final String READ = "@projectAccess.canReadFigures(#bodyId, #organisationId)";

    private final ProjectBook book;
    private final ProjectAccess access;
    private final StudioBook studios;
    private final StudioAccess studioAccess;
    private final ResearchRecords records;
    private final Directory directory;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    ResearchExports(
            ProjectBook book,
            ProjectAccess access,
            StudioBook studios,
            StudioAccess studioAccess,
            ResearchRecords records,
            Directory directory,
            MessageSource messages,
            ApplicationEventPublisher events) {
        this.book = book;
        this.access = access;
        this.studios = studios;
        this.studioAccess = studioAccess;
        this.records = records;
        this.directory = directory;
        this.messages = messages;
        this.events = events;
    }

    @GetMapping({"/projects.xlsx", "/api/v1/projects/export"})
    @PreAuthorize("isAuthenticated()")
    void projects(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long agreementId,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var visibility = access.visibility();
        List<Project> all = all(page -> book.find(bodyId, agreementId, visibility, page, PageResult.MAX_SIZE));
        write(response, "research.list.title", projectRows(all, locale), projectHeaders(), "projects", locale);
    }

    @GetMapping({"/projects/figures/{what}.xlsx", "/api/v1/projects/figures/{what}/export"})
    @PreAuthorize(READ)
    void records(
            @PathVariable String what,
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        RecordFilter filter = new RecordFilter(bodyId, organisationId, month, kind);
        String scope = what + ":" + filter;
        String title = "research.records." + what;
        switch (what) {
            case "projects" ->
                write(
                        response,
                        title,
                        projectRows(all(p -> records.projects(filter, p, PageResult.MAX_SIZE)), locale),
                        projectHeaders(),
                        scope,
                        locale);
            case "tranches" ->
                write(
                        response,
                        title,
                        trancheRows(all(p -> records.tranches(filter, confirmed, p, PageResult.MAX_SIZE)), locale),
                        List.of(
                                "research.tranche.paid-on",
                                "research.tranche.payer",
                                "research.tranche.payee",
                                "research.tranche.amount",
                                "research.status"),
                        scope,
                        locale);
            case "outputs" ->
                write(
                        response,
                        title,
                        outputRows(all(p -> records.outputs(filter, p, PageResult.MAX_SIZE)), locale),
                        List.of(
                                "research.output.kind",
                                "research.title",
                                "research.records.identifier",
                                "research.records.owners",
                                "research.records.recorded-on"),
                        scope,
                        locale);
            case "transfers" ->
                write(
                        response,
                        title,
                        transferRows(all(p -> records.transfers(filter, p, PageResult.MAX_SIZE))),
                        List.of(
                                "research.title",
                                "research.records.from",
                                "research.records.to",
                                "research.dashboard.transfer-value",
                                "research.records.contract-on"),
                        scope,
                        locale);
            default -> throw new NotFound("records", what);
        }
    }

    @GetMapping({"/studios.xlsx", "/api/v1/studios/export"})
    @PreAuthorize("isAuthenticated()")
    void studios(@RequestParam(required = false) Long bodyId, Locale locale, HttpServletResponse response)
            throws IOException {
        var visibility = studioAccess.visibility();
        List<Studio> all = all(page -> studios.find(bodyId, visibility, page, PageResult.MAX_SIZE));
        Map<Long, String> names = names(all.stream().map(Studio::hostId));
        List<List<Object>> rows = all.stream()
                .map(s -> Arrays.<Object>asList(
                        s.name(),
                        text(s.kind().messageKey(), locale),
                        names.get(s.hostId()),
                        s.leaderNameMasked(),
                        s.members().size()))
                .toList();
        write(
                response,
                "research.studio.list.title",
                rows,
                List.of(
                        "research.studio.name",
                        "research.studio.kind",
                        "research.studio.host",
                        "research.studio.leader",
                        "research.studio.members"),
                "studios",
                locale);
    }

    private static List<String> projectHeaders() {
        return List.of(
                "research.title",
                "research.kind",
                "research.status",
                "research.parties",
                "research.starts-on",
                "research.ends-on",
                "research.committed");
    }

    private List<List<Object>> projectRows(List<Project> projects, Locale locale) {
        Map<Long, String> names = names(projects.stream().flatMap(p -> p.organisationIds().stream()));
        List<List<Object>> rows = new ArrayList<>();
        for (Project p : projects) {
            rows.add(Arrays.asList(
                    p.title(),
                    text(p.kind().messageKey(), locale),
                    text(p.status().messageKey(), locale),
                    String.join(
                            "、",
                            p.parties().stream()
                                    .map(ProjectParty::organisationId)
                                    .map(names::get)
                                    .toList()),
                    p.startsOn() == null ? null : p.startsOn().toString(),
                    p.endsOn() == null ? null : p.endsOn().toString(),
                    p.committed()));
        }
        return rows;
    }

    private List<List<Object>> trancheRows(List<Tranche> tranches, Locale locale) {
        Map<Long, String> names = names(tranches.stream().flatMap(t -> Stream.of(t.payerId(), t.payeeId())));
        return tranches.stream()
                .map(t -> Arrays.<Object>asList(
                        t.paidOn().toString(),
                        names.get(t.payerId()),
                        names.get(t.payeeId()),
                        t.amount(),
                        text(t.status().messageKey(), locale)))
                .toList();
    }

    private List<List<Object>> outputRows(List<Output> outputs, Locale locale) {
        Map<Long, String> names = names(outputs.stream().flatMap(o -> o.owners().stream()));
        return outputs.stream()
                .map(o -> Arrays.<Object>asList(
                        text("research.output.kind." + o.kind().name(), locale),
                        o.title(),
                        o.identifier(),
                        String.join("、", o.owners().stream().map(names::get).toList()),
                        o.recordedOn().toString()))
                .toList();
    }

    private List<List<Object>> transferRows(List<Transfer> transfers) {
        Map<Long, String> names = names(transfers.stream().flatMap(t -> Stream.of(t.fromId(), t.toId())));
        return transfers.stream()
                .map(t -> Arrays.<Object>asList(
                        t.title(),
                        names.get(t.fromId()),
                        names.get(t.toId()),
                        t.amount(),
                        t.contractOn().toString()))
                .toList();
    }

    /** Every row of a paged list. @throws InvalidInput when there are more than {@link #MAX_ROWS} */
    private static <T> List<T> all(IntFunction<PageResult<T>> pages) {
        PageResult<T> first = pages.apply(0);
        if (first.total() > MAX_ROWS) {
            throw new InvalidInput("month", "research.export.too-many", MAX_ROWS);
        }
        List<T> rows = new ArrayList<>(first.items());
        for (int page = 1; page < first.totalPages(); page++) {
            rows.addAll(pages.apply(page).items());
        }
        return rows;
    }

    private void write(
            HttpServletResponse response,
            String titleKey,
            List<List<Object>> rows,
            List<String> headerKeys,
            String scope,
            Locale locale)
            throws IOException {
        String title = text(titleKey, locale);
        FileDownloads.prepareXlsx(response, title + ".xlsx");
        SheetWriter.write(
                response.getOutputStream(),
                title,
                headerKeys.stream().map(k -> text(k, locale)).toList(),
                rows);
        events.publishEvent(new ResearchExported(scope, rows.size()));
    }

    private Map<Long, String> names(Stream<Long> ids) {
        return directory.names(ids.filter(id -> id != null).distinct().toList());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

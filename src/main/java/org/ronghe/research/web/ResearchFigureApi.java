package org.ronghe.research.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ronghe.core.PageResult;
import org.ronghe.research.figures.RecordFilter;
import org.ronghe.research.figures.ResearchDashboard;
import org.ronghe.research.figures.ResearchRecords;
import org.ronghe.research.projects.ProjectBook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * R&D figures — money committed, declared and confirmed, transfers and their value, outputs by kind — of a body, or of
 * an organisation across bodies as a party; and the records behind each figure, with the same filter. A body's to its
 * secretariat and observers, an organisation's to its admins; 403 (audited) for anyone else.
 */
@RestController
@Tag(name = "R&D figures", description = "Money, transfers and outputs of a body or party, and the records behind them")
class ResearchFigureApi {

    private static final String READ = "@projectAccess.canReadFigures(#bodyId, #organisationId)";

    private final ResearchDashboard dashboard;
    private final ResearchRecords records;
    private final ProjectBook book;

    ResearchFigureApi(ResearchDashboard dashboard, ResearchRecords records, ProjectBook book) {
        this.dashboard = dashboard;
        this.records = records;
        this.book = book;
    }

    @GetMapping("/api/v1/projects/figures")
    @PreAuthorize(READ)
    @Operation(
            summary = "A body's R&D figures (bodyId: totals, by month, by party) or an organisation's across bodies "
                    + "as a party (organisationId: by month, by body); money in CNY, exact to the fen")
    ResearchDashboard.Figures figures(
            @RequestParam(required = false) Long bodyId, @RequestParam(required = false) Long organisationId) {
        return bodyId != null ? dashboard.ofBody(bodyId) : dashboard.ofOrganisation(organisationId);
    }

    @GetMapping("/api/v1/projects/figures/projects")
    @PreAuthorize(READ)
    @Operation(
            summary = "The projects behind the money committed (not terminated, with a budget — the organisation's "
                    + "when named), newest first, by the month they start in (else were planned in): 2026-09")
    PageResult<ProjectView> projects(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return records.projects(new RecordFilter(bodyId, organisationId, month, null), page, size)
                .map(p -> ProjectView.of(p, book.tranchesOf(p.id())));
    }

    @GetMapping("/api/v1/projects/figures/tranches")
    @PreAuthorize(READ)
    @Operation(
            summary = "The tranches behind the money declared (not disputed) or, with confirmed=true, confirmed by the "
                    + "payee; an organisation's are those it paid; newest first, by the month paid: 2026-09")
    PageResult<TrancheView> tranches(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return records.tranches(new RecordFilter(bodyId, organisationId, month, null), confirmed, page, size)
                .map(TrancheView::of);
    }

    @GetMapping("/api/v1/projects/figures/outputs")
    @PreAuthorize(READ)
    @Operation(
            summary = "The outputs behind the output figures (an organisation's: those it owns), of a kind (PATENT, "
                    + "PAPER, …) and month recorded (2026-09) when given, newest first")
    PageResult<ResultApi.OutputView> outputs(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return records.outputs(new RecordFilter(bodyId, organisationId, month, kind), page, size)
                .map(ResultApi.OutputView::of);
    }

    @GetMapping("/api/v1/projects/figures/transfers")
    @PreAuthorize(READ)
    @Operation(
            summary = "The transfers behind the transfer figures (both sides confirmed; an organisation's: those it "
                    + "transferred), newest first, by the month of the contract: 2026-09")
    PageResult<TransferApi.TransferView> transfers(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return records.transfers(new RecordFilter(bodyId, organisationId, month, null), page, size)
                .map(TransferApi.TransferView::of);
    }
}

package org.ronghe.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ronghe.core.PageResult;
import org.ronghe.training.certificates.Certificates;
import org.ronghe.training.enrolments.TrainingEnrolments;
import org.ronghe.training.figures.RecordFilter;
import org.ronghe.training.figures.TrainingDashboard;
import org.ronghe.training.figures.TrainingRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training figures — person-times, hours and certificates of a body, or of an organisation as one side — and the
 * records behind each figure, with the same filter (workers masked).
 */
@RestController
@Tag(name = "Training figures", description = "Person-times, hours and certificates, and the records behind them")
class TrainingFigureApi {

    private final TrainingDashboard dashboard;
    private final TrainingEnrolments enrolments;
    private final Certificates certificates;

    TrainingFigureApi(TrainingDashboard dashboard, TrainingEnrolments enrolments, Certificates certificates) {
        this.dashboard = dashboard;
        this.enrolments = enrolments;
        this.certificates = certificates;
    }

    @GetMapping("/api/v1/trainings/figures")
    @PreAuthorize("@trainingAccess.canReadFigures(#bodyId, #asProvider ? null : #organisationId, "
            + "#asProvider ? #organisationId : null)")
    @Operation(
            summary = "A body's training figures (bodyId), or an organisation's across bodies (organisationId, "
                    + "asProvider=false for its workers trained and certificates held, true for training given and "
                    + "certificates issued)")
    TrainingDashboard.Figures figures(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(defaultValue = "false") boolean asProvider) {
        return bodyId != null ? dashboard.ofBody(bodyId) : dashboard.ofOrganisation(organisationId, asProvider);
    }

    @GetMapping("/api/v1/trainings/completions")
    @PreAuthorize("@trainingAccess.canReadFigures(#bodyId, #enterpriseId, #providerId)")
    @Operation(
            summary = "The completions a figure counts (both sides confirmed), newest first: by body or party, "
                    + "month (2026-09) and kind; workers masked")
    PageResult<EnrolmentView> completions(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long enterpriseId,
            @RequestParam(required = false) Long providerId,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        RecordFilter filter = new RecordFilter(bodyId, enterpriseId, providerId, month, kind, null);
        return TrainingRecords.completions(enrolments, filter, page, size).map(e -> EnrolmentView.of(e, List.of()));
    }

    @GetMapping("/api/v1/trainings/certificates")
    @PreAuthorize("@trainingAccess.canReadFigures(#bodyId, #holderOrganisationId, #issuerId)")
    @Operation(
            summary = "The certificates a figure counts (earned through a body's training), newest first: by body, "
                    + "issuer or holder's organisation, month, kind and level; holders masked")
    PageResult<CertificateApi.CertificateView> certificates(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long holderOrganisationId,
            @RequestParam(required = false) Long issuerId,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String level,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        RecordFilter filter = new RecordFilter(bodyId, holderOrganisationId, issuerId, month, kind, level);
        return TrainingRecords.certificates(certificates, filter, page, size).map(CertificateApi.CertificateView::of);
    }
}

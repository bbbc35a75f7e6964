package org.ronghe.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.community.Community;
import org.ronghe.core.NotFound;
import org.ronghe.core.Versions;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.evaluation.cycles.Evaluation;
import org.ronghe.evaluation.cycles.EvaluationBook;
import org.ronghe.evaluation.cycles.MemberContributions;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members' contributions of an evaluation's year (激励机制): the ranked table for the body's readers, published by the
 * secretariat for anyone, and a certificate of recognition for a member in it.
 */
@RestController
@Tag(name = "Evaluations")
class ContributionApi {

    private final EvaluationBook book;
    private final MemberContributions contributions;
    private final ContributionCertificates certificates;
    private final Clock clock;
    private final Community community;

    ContributionApi(
            EvaluationBook book,
            MemberContributions contributions,
            ContributionCertificates certificates,
            Clock clock,
            Community community) {
        this.book = book;
        this.contributions = contributions;
        this.certificates = certificates;
        this.clock = clock;
        this.community = community;
    }

    record Publication(Long version, Boolean published) {}

    /** A year whose contributions the body published, and where they are. */
    record PublishedYear(int year, String href) {}

    @GetMapping("/api/v1/evaluations/{id}/contributions")
    @PreAuthorize("@evaluationAccess.canRead(#id)")
    @Operation(summary = "Each member's confirmed contributions in the evaluation's year, ranked")
    MemberContributions.Table list(@PathVariable Long id) {
        return contributions.of(book.get(id));
    }

    @GetMapping("/api/v1/bodies/{bodyId}/contributions")
    @PreAuthorize("permitAll()")
    @Operation(summary = "The years whose members' contributions a body published, latest first (public)")
    List<PublishedYear> publishedYears(@PathVariable Long bodyId) {
        community.get(bodyId);
        return book.publishedContributionYears(bodyId).stream()
                .map(y -> new PublishedYear(y, "/api/v1/bodies/" + bodyId + "/contributions/" + y))
                .toList();
    }

    @GetMapping("/api/v1/bodies/{bodyId}/contributions/{year}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "A body's members' contributions of a year, once its secretariat published them (public)")
    MemberContributions.Table published(@PathVariable Long bodyId, @PathVariable int year) {
        return contributions.of(publishedCycle(book, bodyId, year));
    }

    @PostMapping("/api/v1/evaluations/{id}/contributions/publication")
    @PreAuthorize("@evaluationAccess.canWrite(#id)")
    @Operation(summary = "Publish the members' contributions of the year for anyone to see, or withdraw them")
    MemberContributions.Table publish(@PathVariable Long id, @RequestBody Publication publication) {
        return contributions.of(book.publishContributions(
                id, Versions.read(publication.version()), !Boolean.FALSE.equals(publication.published())));
    }

    @GetMapping({
        "/api/v1/evaluations/{id}/contributions/{organisationId}/certificate.pdf",
        "/evaluations/{id}/contributions/{organisationId}/certificate.pdf"
    })
    @PreAuthorize("@evaluationAccess.canWrite(#id)")
    @Operation(summary = "A certificate of recognition (荣誉证书, PDF) for a member with contributions in the year")
    ResponseEntity<byte[]> certificate(@PathVariable Long id, @PathVariable Long organisationId) throws IOException {
        MemberContributions.Table table = contributions.of(book.get(id));
        MemberContributions.Line line = table.of(organisationId);
        if (line == null) {
            throw new NotFound("contribution", organisationId);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        certificates
                .of(table, line, LocalDate.now(clock), LocaleContextHolder.getLocale())
                .writeTo(out);
        return FileDownloads.attachment(
                out.toByteArray(),
                MediaType.APPLICATION_PDF_VALUE,
                line.organisation().name() + "-" + table.year() + ".pdf");
    }

    /** The body's cycle of the year when its contributions are published; otherwise, to anyone, not found. */
    static Evaluation publishedCycle(EvaluationBook book, Long bodyId, int year) {
        return book.of(bodyId, year)
                .filter(e -> e.contributionsPublishedAt() != null)
                .orElseThrow(() -> new NotFound("contributions", bodyId + "/" + year));
    }
}

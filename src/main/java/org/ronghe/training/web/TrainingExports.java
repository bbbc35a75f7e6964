package org.ronghe.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.ronghe.core.PageResult;
import org.ronghe.core.sheets.SheetWriter;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.training.TrainingEvents.TrainingExported;
import org.ronghe.training.certificates.CertificateBook;
import org.ronghe.training.certificates.Certificates;
import org.ronghe.training.courses.Course;
import org.ronghe.training.courses.CourseBook;
import org.ronghe.training.enrolments.EnrolmentBook;
import org.ronghe.training.enrolments.TrainingAccess;
import org.ronghe.training.enrolments.TrainingEnrolments;
import org.ronghe.training.figures.RecordFilter;
import org.ronghe.training.figures.TrainingRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every training list as .xlsx (page link and API path alike), with the same filters and permissions as on screen;
 * workers and holders masked; every export audited with its scope and row count.
 */
@Controller
class TrainingExports {

    private final CourseBook courses;
    private final EnrolmentBook enrolments;
    private final CertificateBook certificateBook;
    private final TrainingEnrolments enrolmentRecords;
    private final Certificates certificateRecords;
    private final TrainingAccess access;
    private final TrainingSheets sheets;
    private final ApplicationEventPublisher events;

    TrainingExports(
            CourseBook courses,
            EnrolmentBook enrolments,
            CertificateBook certificateBook,
            TrainingEnrolments enrolmentRecords,
            Certificates certificateRecords,
            TrainingAccess access,
            TrainingSheets sheets,
            ApplicationEventPublisher events) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.certificateBook = certificateBook;
        this.enrolmentRecords = enrolmentRecords;
        this.certificateRecords = certificateRecords;
        this.access = access;
        this.sheets = sheets;
        this.events = events;
    }

    @GetMapping({"/trainings.xlsx", "/api/v1/trainings/courses/export"})
    @PreAuthorize("@trainingAccess.canReadBody(#bodyId)")
    void courses(@RequestParam Long bodyId, Locale locale, HttpServletResponse response) throws IOException {
        PageResult<Course> all = courses.of(bodyId, 0, Integer.MAX_VALUE / 2);
        write(
                response,
                "training.list.title",
                TrainingSheets.COURSE_HEADERS,
                sheets.courses(all.items(), locale),
                "body:" + bodyId + "/courses",
                locale);
    }

    @GetMapping({"/trainings/sessions/{id}/enrolments.xlsx", "/api/v1/trainings/sessions/{id}/enrolments/export"})
    @PreAuthorize("@trainingAccess.canReadSession(#id)")
    void enrolments(@PathVariable Long id, Locale locale, HttpServletResponse response) throws IOException {
        courses.session(id);
        var seen = enrolments.ofSession(id, access.enterprisesSeenIn(id));
        write(
                response,
                "training.enrolments",
                TrainingSheets.ENROLMENT_HEADERS,
                sheets.enrolments(seen, locale),
                "session:" + id + "/enrolments",
                locale);
    }

    @GetMapping({"/trainings/completions.xlsx", "/api/v1/trainings/completions/export"})
    @PreAuthorize("@trainingAccess.canReadFigures(#bodyId, #enterpriseId, #providerId)")
    void completions(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long enterpriseId,
            @RequestParam(required = false) Long providerId,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String kind,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        RecordFilter filter = new RecordFilter(bodyId, enterpriseId, providerId, month, kind, null);
        var all = TrainingRecords.allCompletions(enrolmentRecords, filter);
        write(
                response,
                "training.records.completions",
                TrainingSheets.ENROLMENT_HEADERS,
                sheets.enrolments(all, locale),
                "completions:" + filter,
                locale);
    }

    @GetMapping({"/trainings/certified.xlsx", "/api/v1/trainings/certificates/export"})
    @PreAuthorize("@trainingAccess.canReadFigures(#bodyId, #holderOrganisationId, #issuerId)")
    void certified(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long holderOrganisationId,
            @RequestParam(required = false) Long issuerId,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String level,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        RecordFilter filter = new RecordFilter(bodyId, holderOrganisationId, issuerId, month, kind, level);
        var all = TrainingRecords.allCertificates(certificateRecords, filter);
        write(
                response,
                "training.records.certificates",
                TrainingSheets.CERTIFICATE_HEADERS,
                sheets.certificates(all, locale),
                "certificates:" + filter,
                locale);
    }

    @GetMapping({"/certificates.xlsx", "/api/v1/certificates/export"})
    @PreAuthorize("@certificateAccess.canListIssued(#issuerId)")
    void issued(@RequestParam Long issuerId, Locale locale, HttpServletResponse response) throws IOException {
        write(
                response,
                "training.certform.list.title",
                TrainingSheets.CERTIFICATE_HEADERS,
                sheets.certificates(certificateBook.issuedBy(issuerId), locale),
                "issuer:" + issuerId + "/certificates",
                locale);
    }

    private void write(
            HttpServletResponse response,
            String titleKey,
            List<String> headerKeys,
            List<List<Object>> rows,
            String scope,
            Locale locale)
            throws IOException {
        String title = sheets.text(titleKey, locale);
        FileDownloads.prepareXlsx(response, title + ".xlsx");
        SheetWriter.write(response.getOutputStream(), title, sheets.headers(headerKeys, locale), rows);
        events.publishEvent(new TrainingExported(scope, rows.size()));
    }
}

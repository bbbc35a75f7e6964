package org.ronghe.talent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.ronghe.core.Versions;
import org.ronghe.talent.students.CorrectionRequest;
import org.ronghe.talent.students.Student;
import org.ronghe.talent.students.StudentAccess;
import org.ronghe.talent.students.StudentBook;
import org.ronghe.talent.students.StudentDraft;
import org.ronghe.talent.students.StudentList;
import org.ronghe.talent.students.StudentSelfService;
import org.ronghe.talent.students.StudentSummary;
import org.ronghe.talent.students.StudentView;
import org.ronghe.talent.students.StudentViews;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Students for integrators (school systems). ID and mobile numbers are masked in every answer unless a personal-data
 * officer of the student's school asks with {@code full=true} (audited with the number of records). A school's admins
 * and officers keep its students; an organisation reads a student only while the student consents (403 otherwise).
 */
@RestController
@RequestMapping("/api/v1/students")
@Tag(name = "Students", description = "Students of member schools; personal data masked, sealed at rest, consent-bound")
class StudentApi {

    private final StudentBook book;
    private final StudentList list;
    private final StudentViews views;
    private final StudentAccess access;
    private final StudentDownloads downloads;
    private final StudentSelfService self;

    StudentApi(
            StudentBook book,
            StudentList list,
            StudentViews views,
            StudentAccess access,
            StudentDownloads downloads,
            StudentSelfService self) {
        this.self = self;
        this.book = book;
        this.list = list;
        this.views = views;
        this.access = access;
        this.downloads = downloads;
    }

    /** New details with the version they were read at; blank ID or mobile number keeps the one on record. */
    record Revision(Long version, StudentDraft details) {}

    /** The organisation a student consents to share personal data with. */
    record Consent(Long organisationId) {}

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "A school's students (schoolId) or those consenting to an organisation (consentedTo); "
                    + "q matches a whole ID or mobile number exactly, else names")
    PageResult<StudentSummary> find(
            @ParameterObject @ModelAttribute StudentList.Filter filter,
            @RequestParam(defaultValue = "false") boolean full,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        access.requireListing(filter, full);
        return list.find(filter, page, size, full);
    }

    @GetMapping("/{id}")
    @PreAuthorize("@studentAccess.canRead(#id)")
    @Operation(summary = "One student; full=true shows the numbers to the school's personal-data officers (audited)")
    StudentView get(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean full) {
        Student student = book.get(id);
        if (full && !access.canReveal(student.schoolId())) {
            throw new AccessDeniedException("personal data");
        }
        return views.of(id, full, access.canKeep(student.schoolId()));
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Enrol a student at a school (its admins or personal-data officers)")
    ResponseEntity<StudentView> enrol(@RequestBody StudentDraft details) {
        if (!access.canKeep(details.schoolId())) {
            throw new AccessDeniedException("student");
        }
        Student student = book.enrol(details);
        return ResponseEntity.created(URI.create("/api/v1/students/" + student.id()))
                .body(views.of(student.id(), false, true));
    }

    @PutMapping("/{id}")
    @PreAuthorize("@studentAccess.canManage(#id)")
    @Operation(summary = "Revise a student (409 when changed since the version read)")
    StudentView revise(@PathVariable Long id, @RequestBody Revision revision) {
        if (revision.details() == null) {
            throw new InvalidInput("details", "input.required");
        }
        book.revise(id, Versions.read(revision.version()), revision.details());
        return views.of(id, false, true);
    }

    @PostMapping("/{id}/consents")
    @PreAuthorize("@studentAccess.canManage(#id)")
    @Operation(summary = "Record the student's consent to share personal data with an organisation")
    StudentView consent(@PathVariable Long id, @RequestBody Consent consent) {
        book.consentTo(id, consent.organisationId());
        return views.of(id, false, true);
    }

    @DeleteMapping("/{id}/consents/{organisationId}")
    @PreAuthorize("@studentAccess.canManage(#id)")
    @Operation(summary = "Withdraw that consent; the organisation is refused (403) from now on")
    StudentView withdraw(@PathVariable Long id, @PathVariable Long organisationId) {
        book.withdrawConsent(id, organisationId);
        return views.of(id, false, true);
    }

    /** A student's own log-in: the username and the first password the school hands over. */
    record Login(String username, String password) {}

    /** The school's answer to a correction request: ACCEPTED (record corrected) or DECLINED with a reason. */
    record Answer(CorrectionRequest.Status status, String response) {}

    @PostMapping("/{id}/account")
    @PreAuthorize("@studentAccess.canManage(#id)")
    @Operation(summary = "Open the student's own log-in (role student, tied to the record)")
    ResponseEntity<Void> openAccount(@PathVariable Long id, @RequestBody Login login) {
        self.openAccount(id, login.username(), login.password());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/corrections")
    @PreAuthorize("@studentAccess.canManage(#id)")
    @Operation(
            summary = "The corrections the student asked for; numbers quoted in them masked unless full=true for the "
                    + "school's personal-data officers")
    List<CorrectionRequest> corrections(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean full) {
        if (full && !access.canReveal(book.get(id).schoolId())) {
            throw new AccessDeniedException("personal data");
        }
        return self.corrections(id, full);
    }

    @PostMapping("/{id}/corrections/{requestId}")
    @PreAuthorize("@studentAccess.canManage(#id)")
    @Operation(summary = "Answer a correction request")
    CorrectionRequest answer(@PathVariable Long id, @PathVariable Long requestId, @RequestBody Answer answer) {
        return self.answer(id, requestId, answer.status(), answer.response());
    }

    @GetMapping("/export")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The students the filters select as .xlsx, masked unless full=true (officers; audited)")
    void export(
            @ParameterObject @ModelAttribute StudentList.Filter filter,
            @RequestParam(defaultValue = "false") boolean full,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        downloads.export(filter, full, locale, response);
    }
}

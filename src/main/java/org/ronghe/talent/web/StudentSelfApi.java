package org.ronghe.talent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ronghe.talent.students.CorrectionRequest;
import org.ronghe.talent.students.StudentBook;
import org.ronghe.talent.students.StudentSelfService;
import org.ronghe.talent.web.MyStudentData.MyData;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * A student's own data (PIPL) as JSON: read in full, downloaded as a file (audited), corrections asked for, consents
 * withdrawn at once. Only for a signed-in student.
 */
@RestController
@Tag(name = "Students", description = "Students of member schools; personal data masked, sealed at rest, consent-bound")
class StudentSelfApi {

    private final MyStudentData data;
    private final StudentSelfService self;
    private final StudentBook students;
    private final JsonMapper json;

    StudentSelfApi(MyStudentData data, StudentSelfService self, StudentBook students, JsonMapper json) {
        this.data = data;
        this.self = self;
        this.students = students;
        this.json = json;
    }

    /** A correction asked for: which field and what is wrong. */
    record Correction(CorrectionRequest.Field field, String message) {}

    @GetMapping({"/talent/me/data.json", "/api/v1/me/student/export"})
    @PreAuthorize("hasRole('STUDENT')")
    @Operation(summary = "Download one's own data as JSON (audited)")
    void download(HttpServletResponse response) throws IOException {
        MyData mine = data.read("self-download");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("my-data-" + mine.student().id() + ".json", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        json.writeValue(response.getOutputStream(), mine);
    }

    @GetMapping("/api/v1/me/student")
    @PreAuthorize("hasRole('STUDENT')")
    @Operation(summary = "One's own data in full: record, consents, internships, hires, correction requests")
    MyData mine() {
        return data.read("self");
    }

    @PostMapping("/api/v1/me/student/corrections")
    @PreAuthorize("hasRole('STUDENT')")
    @Operation(summary = "Ask the school to correct one's data")
    CorrectionRequest requestCorrection(@RequestBody Correction correction) {
        return self.requestCorrection(data.me(), correction.field(), correction.message());
    }

    @DeleteMapping("/api/v1/me/student/consents/{organisationId}")
    @PreAuthorize("hasRole('STUDENT')")
    @Operation(summary = "Withdraw one's consent to an organisation; it is refused from now on")
    MyData withdraw(@PathVariable Long organisationId) {
        students.withdrawConsent(data.me(), organisationId);
        return data.read("self");
    }
}

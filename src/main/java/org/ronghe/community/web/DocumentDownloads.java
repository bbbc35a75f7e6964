package org.ronghe.community.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.ronghe.community.Document;
import org.ronghe.community.Governance;
import org.ronghe.core.NotFound;
import org.ronghe.core.files.FileStore;
import org.ronghe.core.files.StoredFile;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of charters (public, like the body page) and meeting documents (the body's readers). */
@Controller
class DocumentDownloads {

    private final Governance governance;
    private final FileStore files;

    DocumentDownloads(Governance governance, FileStore files) {
        this.governance = governance;
        this.files = files;
    }

    @GetMapping({"/bodies/{id}/charters/{charterId}/file", "/api/v1/bodies/{id}/charters/{charterId}/file"})
    ResponseEntity<Resource> charter(@PathVariable Long id, @PathVariable Long charterId) {
        Document document = governance.charterDocument(id, charterId)
                .orElseThrow(() -> new NotFound("charter file", charterId));
        return download(document.fileId());
    }

    @GetMapping({"/bodies/{id}/meetings/{meetingId}/documents/{fileId}",
            "/api/v1/bodies/{id}/meetings/{meetingId}/documents/{fileId}"})
    @PreAuthorize("@permissions.canReadBody(#id)")
    ResponseEntity<Resource> meetingDocument(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable UUID fileId) {
        if (!governance.isMeetingDocument(id, meetingId, fileId)) {
            throw new NotFound("meeting document", fileId);
        }
        return download(fileId);
    }

    private ResponseEntity<Resource> download(UUID fileId) {
        StoredFile file = files.find(fileId).orElseThrow(() -> new NotFound("file", fileId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.kind().mediaType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.originalName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(files.pathOf(file)));
    }
}

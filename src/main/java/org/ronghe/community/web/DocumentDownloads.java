package org.ronghe.community.web;

import java.util.UUID;
import org.ronghe.community.Document;
import org.ronghe.community.Governance;
import org.ronghe.core.NotFound;
import org.ronghe.core.web.FileDownloads;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of charters (public, like the body page) and meeting documents (the body's readers). */
@Controller
class DocumentDownloads {

    private final Governance governance;
    private final FileDownloads downloads;

    DocumentDownloads(Governance governance, FileDownloads downloads) {
        this.governance = governance;
        this.downloads = downloads;
    }

    @GetMapping({"/bodies/{id}/charters/{charterId}/file", "/api/v1/bodies/{id}/charters/{charterId}/file"})
    ResponseEntity<Resource> charter(@PathVariable Long id, @PathVariable Long charterId) {
        Document document =
                governance.charterDocument(id, charterId).orElseThrow(() -> new NotFound("charter file", charterId));
        return downloads.of(document.fileId());
    }

    @GetMapping({
        "/bodies/{id}/meetings/{meetingId}/documents/{fileId}",
        "/api/v1/bodies/{id}/meetings/{meetingId}/documents/{fileId}"
    })
    @PreAuthorize("@permissions.canReadBody(#id)")
    ResponseEntity<Resource> meetingDocument(
            @PathVariable Long id, @PathVariable Long meetingId, @PathVariable UUID fileId) {
        if (!governance.isMeetingDocument(id, meetingId, fileId)) {
            throw new NotFound("meeting document", fileId);
        }
        return downloads.of(fileId);
    }
}

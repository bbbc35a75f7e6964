package org.ronghe.core.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.ronghe.core.NotFound;
import org.ronghe.core.files.FileKind;
import org.ronghe.core.files.FileStore;
import org.ronghe.core.files.StoredFile;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A stored file as a download: its checked kind as the content type, its original name (UTF-8) as the attachment name,
 * and {@code nosniff}. Callers decide who may download what.
 */
@Component
public class FileDownloads {

    private final FileStore files;

    FileDownloads(FileStore files) {
        this.files = files;
    }

    public ResponseEntity<Resource> of(UUID fileId) {
        StoredFile file = files.find(fileId).orElseThrow(() -> new NotFound("file", fileId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.kind().mediaType()))
                .contentLength(file.sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.originalName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(files.pathOf(file)));
    }

    /**
     * A stored image shown inline (a logo in an {@code <img>}), cached for a day: images only, never a document, and
     * with {@code nosniff} and a sandboxing policy so that it cannot run as a page.
     */
    public ResponseEntity<Resource> image(UUID fileId) {
        StoredFile file = files.find(fileId)
                .filter(f -> FileStore.IMAGE_KINDS.contains(f.kind()))
                .orElseThrow(() -> new NotFound("image", fileId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.kind().mediaType()))
                .contentLength(file.sizeBytes())
                .cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofDays(1))
                        .cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(new FileSystemResource(files.pathOf(file)));
    }

    /** A generated file (a report, a certificate) as an attachment with a UTF-8 name, never cached. */
    public static ResponseEntity<byte[]> attachment(byte[] body, String mediaType, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    /** Makes the response an .xlsx attachment with the given file name (UTF-8, for Chinese names). */
    public static void prepareXlsx(HttpServletResponse response, String fileName) {
        response.setContentType(FileKind.XLSX.mediaType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }
}

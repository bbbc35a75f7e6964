package org.ronghe.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The check of an upload's kind by its content answers a kind or none for any bytes and never throws (its
 * {@code IOException} is for a file that cannot be read at all, which a written temporary file always can); each kind
 * only what starts with its magic bytes: a PDF {@code %PDF-}, a Word or Excel document a ZIP, a PNG or JPEG its
 * signature (every kind the enum has: a kind added without its signature here fails). {@code ./mvnw verify} replays the
 * seeds under {@code src/test/resources/org/ronghe/core/files/FileKindsFuzzTestInputs}; bench/README.md ("Fuzzing")
 * says how to fuzz.
 */
class FileKindsFuzzTest {

    private static final Map<FileKind, String> MAGIC = Map.of(
            FileKind.PDF, "%PDF-",
            FileKind.DOCX, "PK\u0003\u0004",
            FileKind.XLSX, "PK\u0003\u0004",
            FileKind.PNG, "\u0089PNG\r\n\u001a\n",
            FileKind.JPEG, "\u00ff\u00d8\u00ff");

    @FuzzTest(maxDuration = "10s")
    void anyBytesHaveAKindOrNone(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".bin");
        try {
            Files.write(file, bytes);
            Optional<FileKind> kind = FileKinds.detect(file);
            String head = new String(bytes, 0, Math.min(bytes.length, 8), StandardCharsets.ISO_8859_1);
            kind.ifPresent(k -> assertThat(head).startsWith(MAGIC.get(k)));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

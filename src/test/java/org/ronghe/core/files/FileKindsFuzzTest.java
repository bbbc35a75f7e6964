package org.ronghe.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The check of an upload's kind by its content answers a kind or none for any bytes and never throws (its
 * {@code IOException} is for a file that cannot be read at all, which a written temporary file always can); a PDF is
 * only what starts with {@code %PDF-}, a Word or Excel document only a ZIP. {@code ./mvnw verify} replays the seeds
 * under {@code src/test/resources/org/ronghe/core/files/FileKindsFuzzTestInputs}; bench/README.md ("Fuzzing") says how
 * to fuzz.
 */
class FileKindsFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyBytesHaveAKindOrNone(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".bin");
        try {
            Files.write(file, bytes);
            Optional<FileKind> kind = FileKinds.detect(file);
            String head = new String(bytes, 0, Math.min(bytes.length, 5), java.nio.charset.StandardCharsets.ISO_8859_1);
            kind.ifPresent(k -> assertThat(head).startsWith(k == FileKind.PDF ? "%PDF-" : "PK\u0003\u0004"));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

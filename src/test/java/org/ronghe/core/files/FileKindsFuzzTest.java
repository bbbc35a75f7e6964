package org.ronghe.core.files;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The check of an upload's kind by its content answers a kind or none for any bytes, and never throws. */
class FileKindsFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyBytesHaveAKindOrNone(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".bin");
        try {
            Files.write(file, bytes);
            FileKinds.detect(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

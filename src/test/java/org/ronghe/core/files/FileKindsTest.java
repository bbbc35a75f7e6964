package org.ronghe.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.TestFiles;

class FileKindsTest {

    @TempDir
    Path dir;

    Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void recognisesPdfWordAndExcelByContent() throws IOException {
        assertThat(FileKinds.detect(write("a.bin", "%PDF-1.7\n%âãÏÓ\n".getBytes())))
                .contains(FileKind.PDF);
        assertThat(FileKinds.detect(write("b.bin", TestFiles.zip("[Content_Types].xml", "word/document.xml"))))
                .contains(FileKind.DOCX);
        assertThat(FileKinds.detect(write("c.bin", TestFiles.zip("[Content_Types].xml", "xl/workbook.xml"))))
                .contains(FileKind.XLSX);
    }

    @Test
    void aRenamedExecutableOrAPlainZipIsNothingWeAccept() throws IOException {
        assertThat(FileKinds.detect(write("charter.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})))
                .isEmpty();
        assertThat(FileKinds.detect(write("elf.docx", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0})))
                .isEmpty();
        assertThat(FileKinds.detect(write("archive.xlsx", TestFiles.zip("readme.txt"))))
                .isEmpty();
        assertThat(FileKinds.detect(write("broken.docx", new byte[] {'P', 'K', 3, 4, 0, 0})))
                .isEmpty();
        assertThat(FileKinds.detect(write("empty.pdf", new byte[0]))).isEmpty();
    }
}

package org.ronghe.core.sheets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ronghe.TestFiles;
import org.ronghe.core.RuleBroken;

/**
 * The sheet reader takes hostile uploads: whatever the bytes of the file, or of the sheet and shared-strings parts inside
 * a real workbook, it reads rows or refuses with a {@code sheet.*} reason; any other exception (or running out of
 * memory) is a finding.
 */
class SheetReaderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyWorkbookIsReadOrRefusedWithAReason(FuzzedDataProvider data) throws IOException {
        int shape = data.consumeInt(0, 2);
        byte[] bytes = switch (shape) {
            case 0 -> data.consumeRemainingAsBytes();
            case 1 -> TestFiles.withPart("xl/worksheets/sheet1.xml", out -> out.write(data.consumeRemainingAsBytes()));
            default -> TestFiles.withPart("xl/sharedStrings.xml", out -> out.write(data.consumeRemainingAsBytes()));
        };
        Path file = Files.createTempFile("fuzz", ".xlsx");
        try {
            Files.write(file, bytes);
            SheetReader.read(file, 10, line -> line.cells().forEach(cell -> cell.getBytes(StandardCharsets.UTF_8)));
        } catch (RuleBroken refused) {
            if (!refused.code().startsWith("sheet.")) {
                throw refused;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

package org.ronghe.core.sheets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.ronghe.TestFiles;
import org.ronghe.core.RuleBroken;

/**
 * The sheet reader takes hostile uploads: whatever the bytes of the file, or of the sheet and shared-strings parts
 * inside a real workbook, it reads rows or refuses with a {@code sheet.*} reason; any other exception (or running out
 * of memory) is a finding.
 *
 * <p>The first byte of an input says what the rest is, so that the seeds under
 * {@code src/test/resources/org/ronghe/core/sheets/SheetReaderFuzzTestInputs} stay readable: {@code '0'} a whole .xlsx
 * file, {@code '1'} the first worksheet ({@code xl/worksheets/sheet1.xml}) and {@code '2'} the shared strings
 * ({@code xl/sharedStrings.xml}) of a small workbook made by POI, which gets the fuzzer past the zip layer. Any other
 * first byte counts modulo 3. {@code ./mvnw verify} replays the seeds; bench/README.md ("Fuzzing") says how to fuzz.
 */
class SheetReaderFuzzTest {

    static final int WIDTH = 10;
    /** Made once: POI takes far longer to make a workbook than the reader takes to read one. */
    private static final byte[] WORKBOOK = TestFiles.xlsx(List.of(List.of("x")));

    @FuzzTest(maxDuration = "10s")
    void anyWorkbookIsReadOrRefusedWithAReason(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        byte[] rest = Arrays.copyOfRange(input, 1, input.length);
        byte[] bytes = switch (Math.floorMod(input[0], 3)) {
            case 0 -> rest;
            case 1 -> withPart("xl/worksheets/sheet1.xml", rest);
            default -> withPart("xl/sharedStrings.xml", rest);
        };
        Path file = Files.createTempFile("fuzz", ".xlsx");
        try {
            Files.write(file, bytes);
            SheetReader.read(file, WIDTH, line -> {
                if (line.number() < 2 || line.cells().size() != WIDTH) {
                    throw new AssertionError(
                            "row " + line.number() + " of " + line.cells().size() + " cells");
                }
                line.cells().forEach(cell -> {
                    if (cell == null || cell.length() > SheetReader.MAX_CELL_CHARS) {
                        throw new AssertionError("cell of " + (cell == null ? "null" : cell.length() + " chars"));
                    }
                    cell.getBytes(StandardCharsets.UTF_8);
                });
            });
        } catch (RuleBroken refused) {
            if (!refused.code().startsWith("sheet.")) {
                throw refused;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** {@link #WORKBOOK} with the content of one part replaced, as {@link TestFiles#withPart} does. */
    private static byte[] withPart(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(WORKBOOK));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    out.write(content);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

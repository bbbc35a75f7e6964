package org.ronghe.core.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.TestFiles;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.sheets.SheetReader.Line;

class SheetReaderTest {

    @TempDir
    Path dir;

    /**
     * Random text that deflates like real data, a few times and not hundreds: the attacks stay under POI's zip-bomb
     * ratio, as the one seen from outside did (54:1).
     */
    final Noise random = new Noise();

    static final class Noise {
        private final java.util.Random random = new java.util.Random(13);

        String digits(int length) {
            char[] text = new char[length];
            for (int i = 0; i < length; i++) {
                text[i] = (char) ('0' + random.nextInt(10));
            }
            return new String(text);
        }

        String hanzi(int length) {
            char[] text = new char[length];
            for (int i = 0; i < length; i++) {
                text[i] = (char) ('\u4e00' + random.nextInt(64));
            }
            return new String(text);
        }
    }

    List<Line> read(Path file) {
        List<Line> lines = new ArrayList<>();
        SheetReader.read(file, 10, lines::add);
        return lines;
    }

    @Test
    void readsCellsAsPeopleTypeThemNumbersDatesAndGaps() throws IOException {
        Path file = dir.resolve("roster.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("单位名称*");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(" 安庆职业技术学院 ");
            row.createCell(1).setCellValue("职业学校");
            row.createCell(4).setCellValue(340800);
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            var joined = row.createCell(8);
            joined.setCellValue(LocalDate.of(2024, 1, 31));
            joined.setCellStyle(date);
            sheet.createRow(2);
            sheet.createRow(4).createCell(0).setCellValue("第五行");
            workbook.write(out);
        }
        List<Line> lines = read(file);
        assertThat(lines).extracting(Line::number).containsExactly(2, 5);
        Line first = lines.get(0);
        assertThat(first.cell(0)).isEqualTo("安庆职业技术学院");
        assertThat(first.cell(1)).isEqualTo("职业学校");
        assertThat(first.cell(2)).isEmpty();
        assertThat(first.cell(4)).isEqualTo("340800");
        assertThat(first.cell(8)).isEqualTo("2024-01-31");
    }

    @Test
    void refusesZipBombsAndFilesThatAreNoWorkbook() throws IOException {
        Path bomb = Files.write(dir.resolve("bomb.xlsx"), TestFiles.zipBombXlsx());
        assertThatThrownBy(() -> read(bomb)).isInstanceOf(RuleBroken.class).hasMessageStartingWith("sheet.zip-bomb");
        Path empty = Files.write(dir.resolve("parts.xlsx"), TestFiles.zip("[Content_Types].xml", "xl/workbook.xml"));
        assertThatThrownBy(() -> read(empty)).isInstanceOf(RuleBroken.class).hasMessageStartingWith("sheet.unreadable");
    }

    /** XML entities are refused outright: neither a file on the server nor an exponential expansion gets read. */
    @Test
    void refusesSheetsThatDeclareEntities() throws IOException {
        String external = "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>";
        String laughs = "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
        for (String[] doctype : new String[][] {{external, "&secret;"}, {laughs, "&c;"}}) {
            Path file = dir.resolve("entities.xlsx");
            Files.write(
                    file,
                    withSheet(doctype[0]
                            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>单位名称*</t></is></c></row>"
                            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + doctype[1]
                            + "</t></is></c></row></sheetData></worksheet>"));
            assertThatThrownBy(() -> read(file))
                    .isInstanceOf(RuleBroken.class)
                    .hasMessageStartingWith("sheet.unreadable");
        }
    }

    /**
     * The attack seen from outside: millions of shared strings packed under the zip-bomb ratio took the heap from 0.7
     * to 2.2 GB per import. More strings than the sheet has readable cells are refused as soon as the count passes.
     */
    @Test
    void refusesWorkbooksThatDeclareMoreSharedStringsThanCells() throws IOException {
        Path file = Files.write(
                dir.resolve("strings.xlsx"), TestFiles.sharedStringsFlood((SheetReader.MAX_ROWS + 1) * 10 + 1));
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RuleBroken.class)
                .hasMessageStartingWith("sheet.too-many-strings");
    }

    /** Fewer but longer strings (the attack's were some 400 characters each) are refused by their total. */
    @Test
    void refusesSharedStringsThatHoldMoreTextThanAnySheetNeeds() throws IOException {
        Path file = Files.write(
                dir.resolve("text.xlsx"), TestFiles.sharedStringsFlood(SharedStrings.MAX_CHARS / 400 + 1, 400));
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RuleBroken.class)
                .hasMessageStartingWith("sheet.too-much-text");
    }

    /** A cell may hold what Excel allows, 32,767 characters, and not one more: as one text, as runs, or as raw XML. */
    @Test
    void readsCellsUpToExcelsLimitAndRefusesLongerOnes() throws IOException {
        String longest = random.hanzi(SheetReader.MAX_CELL_CHARS);
        Path fits = Files.write(dir.resolve("fits.xlsx"), withSheet(inline("<t>" + longest + "</t>")));
        assertThat(read(fits).get(0).cell(0)).hasSize(SheetReader.MAX_CELL_CHARS);
        String[] tooLong = {
            "<t>" + longest + "x</t>",
            "<r><t>" + longest + "</t></r><r><t>x</t></r>",
            "<t>" + random.digits(30_000).replace("0", "&amp;") + random.digits(3_000) + "</t>"
        };
        for (String text : tooLong) {
            Path file = Files.write(dir.resolve("long.xlsx"), withSheet(inline(text)));
            assertThatThrownBy(() -> read(file))
                    .isInstanceOf(RuleBroken.class)
                    .hasMessageStartingWith("sheet.cell-too-long");
        }
        Path run = Files.write(
                dir.resolve("run.xlsx"), withSheet(inline("<t>" + random.digits(MarkupGuard.MAX_RUN + 1) + "</t>")));
        assertThatThrownBy(() -> read(run))
                .isInstanceOf(RuleBroken.class)
                .hasMessageStartingWith("sheet.cell-too-long");
    }

    private static String inline(String content) {
        return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>单位名称*</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>" + content + "</is></c></row></sheetData></worksheet>";
    }

    /** A workbook made by POI whose first sheet's XML is replaced. */
    private static byte[] withSheet(String sheetXml) {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + sheetXml).getBytes(StandardCharsets.UTF_8);
        return TestFiles.withPart("xl/worksheets/sheet1.xml", out -> out.write(xml));
    }
}

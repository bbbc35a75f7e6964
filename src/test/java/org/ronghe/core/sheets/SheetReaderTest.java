package org.ronghe.core.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.TestFiles;
import org.ronghe.core.sheets.SheetReader.Line;
import org.ronghe.core.RuleBroken;

class SheetReaderTest {

    @TempDir Path dir;

    List<Line> read(Path file) {
        List<Line> lines = new ArrayList<>();
        SheetReader.read(file, 10, lines::add);
        return lines;
    }

    @Test
    void readsCellsAsPeopleTypeThemNumbersDatesAndGaps() throws IOException {
        Path file = dir.resolve("roster.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
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
            Files.write(file, withSheet(doctype[0] + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>单位名称*</t></is></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + doctype[1] + "</t></is></c></row></sheetData></worksheet>"));
            assertThatThrownBy(() -> read(file)).isInstanceOf(RuleBroken.class).hasMessageStartingWith("sheet.unreadable");
        }
    }

    /** A workbook made by POI whose first sheet's XML is replaced. */
    private static byte[] withSheet(String sheetXml) throws IOException {
        byte[] workbook = TestFiles.xlsx(List.of(List.of("x")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals("xl/worksheets/sheet1.xml")
                        ? ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + sheetXml).getBytes(StandardCharsets.UTF_8)
                        : in.readAllBytes());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

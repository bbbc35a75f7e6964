package org.ronghe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files for upload tests. */
public final class TestFiles {

    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();
    public static final byte[] EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    private TestFiles() {}

    /** An .xlsx whose one sheet has the given rows (the first being the header), cells as text. */
    public static byte[] xlsx(java.util.List<java.util.List<String>> rows) {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("名册");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A zip bomb dressed as a real .xlsx: every part of a workbook written by POI, but its worksheet is replaced by one
     * that inflates from some 20 KB to 20 MB.
     */
    public static byte[] zipBombXlsx() {
        byte[] workbook = xlsx(java.util.List.of(java.util.List.of("单位名称*")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write(
                            ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                                    .getBytes());
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 20; i++) {
                        zip.write(spaces);
                    }
                    zip.write("</sheetData></worksheet>".getBytes());
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A ZIP with the given small entries, as OOXML documents are. */
    public static byte[] zip(String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the content of a part of a workbook. */
    public interface PartWriter {
        void write(java.io.OutputStream out) throws IOException;
    }

    /**
     * A workbook made by POI with one text cell, whose part of the given name is replaced by what the writer writes.
     */
    public static byte[] withPart(String name, PartWriter part) {
        byte[] workbook = xlsx(java.util.List.of(java.util.List.of("x")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    part.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A workbook whose shared strings table holds {@code count} random strings of {@code length} digits: it deflates a
     * few times, like real data, not hundreds, so it stays under POI's zip-bomb ratio as the attack seen from outside
     * did.
     */
    public static byte[] sharedStringsFlood(int count, int length) {
        java.util.Random random = new java.util.Random(count);
        return withPart("xl/sharedStrings.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                    .getBytes());
            byte[] string = "<si><t></t></si>".getBytes();
            byte[] digits = new byte[length];
            for (int i = 0; i < count; i++) {
                for (int d = 0; d < length; d++) {
                    digits[d] = (byte) ('0' + random.nextInt(10));
                }
                out.write(string, 0, 7);
                out.write(digits);
                out.write(string, 7, string.length - 7);
            }
            out.write("</sst>".getBytes());
        });
    }

    /** {@link #sharedStringsFlood(int, int)} of six-digit strings. */
    public static byte[] sharedStringsFlood(int count) {
        return sharedStringsFlood(count, 6);
    }
}

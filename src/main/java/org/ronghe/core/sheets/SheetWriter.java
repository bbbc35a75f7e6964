package org.ronghe.core.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet of rows to .xlsx, streaming (200 rows in memory): a header row, then each row's cells — numbers as
 * numbers, anything else as text (never a formula), null as an empty cell.
 */
public final class SheetWriter {

    private SheetWriter() {}

    /** Writes the sheet and returns how many rows (besides the header) were written. */
    public static int write(OutputStream out, String name, List<String> headers, List<List<Object>> rows)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(name);
            cells(sheet.createRow(0), List.copyOf(headers));
            int r = 1;
            for (List<Object> row : rows) {
                cells(sheet.createRow(r++), row);
            }
            workbook.write(out);
            return rows.size();
        }
    }

    private static void cells(Row row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(c).setCellValue(value.toString());
            }
        }
    }
}

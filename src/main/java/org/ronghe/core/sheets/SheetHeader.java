package org.ronghe.core.sheets;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The first row of a template or an export: bold headers, frozen, and every column formatted as text. */
public final class SheetHeader {

    private SheetHeader() {}

    /**
     * Creates the sheet with its header row. Text format keeps what people type as typed: ID numbers and credit codes
     * keep every digit instead of becoming 3.4E+17.
     *
     * @param widths each column's width in characters
     */
    public static Sheet create(Workbook workbook, String name, List<String> headers, List<Integer> widths) {
        Sheet sheet = workbook.createSheet(name);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            var cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, widths.get(c) * 256);
            sheet.setDefaultColumnStyle(c, text);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }
}

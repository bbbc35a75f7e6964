package org.ronghe.evaluation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a report as .xlsx: a first sheet with the title and the text in order, one sheet per table (numbers as
 * numbers, sources as links), the charts as pictures on a sheet of their own. Text is never written as a formula.
 */
final class XlsxReport implements ReportDocument.Writer {

    private final String textSheet;
    private final String chartSheet;
    private final Set<String> names = new HashSet<>();
    private XSSFWorkbook book;
    private XSSFSheet text;
    private CellStyle bold;
    private int line;
    private XSSFSheet charts;
    private int chartRow;

    XlsxReport(String textSheet, String chartSheet) {
        this.textSheet = textSheet;
        this.chartSheet = chartSheet;
    }

    void write(ReportDocument report, OutputStream out) throws IOException {
        try (XSSFWorkbook created = new XSSFWorkbook()) {
            book = created;
            book.getProperties().getCoreProperties().setTitle(report.title());
            text = book.createSheet(name(textSheet));
            text.setColumnWidth(0, 120 * 256);
            bold = bold(book);
            line(report.title(), bold);
            line(report.subtitle(), null);
            for (ReportDocument.Block block : report.blocks()) {
                block.writeTo(this);
            }
            book.write(out);
        }
    }

    @Override
    public void heading(ReportDocument.Heading h) {
        line(h.text(), bold);
    }

    @Override
    public void paragraph(ReportDocument.Paragraph p) {
        line(p.text(), null);
    }

    @Override
    public void chart(ReportDocument.Chart c) {
        if (charts == null) {
            charts = book.createSheet(name(chartSheet));
        }
        ReportCharts.Png png = ReportCharts.png(c);
        int index = book.addPicture(png.bytes(), XSSFWorkbook.PICTURE_TYPE_PNG);
        int rows = png.height() / 20;
        XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, 0, chartRow, 0, chartRow + rows);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
        charts.createDrawingPatriarch().createPicture(anchor, index).resize();
        chartRow += rows + 2;
    }

    private void line(String value, CellStyle style) {
        Cell cell = text.createRow(line++).createCell(0);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    @Override
    public void table(ReportDocument.Table t) {
        XSSFSheet sheet = book.createSheet(name(t.name()));
        Row header = sheet.createRow(0);
        for (int c = 0; c < t.headers().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(t.headers().get(c));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, 18 * 256);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = t.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                cell(row.createCell(c), values.get(c));
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private void cell(Cell cell, Object value) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof ReportDocument.Link l) {
            cell.setCellValue(l.text());
            if (l.href() != null) {
                XSSFHyperlink link = book.getCreationHelper().createHyperlink(HyperlinkType.URL);
                link.setAddress(l.href());
                cell.setHyperlink(link);
            }
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    private static CellStyle bold(XSSFWorkbook book) {
        XSSFFont font = book.createFont();
        font.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        return style;
    }

    /** A sheet name Excel accepts (31 characters, no {@code []:*?/\}), unique in the workbook. */
    private String name(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int n = 2; !names.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}

package org.ronghe.evaluation.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Writes a report as Word (.docx): headings, paragraphs, tables, charts as pictures; Chinese set in 宋体 / 黑体. */
final class DocxReport implements ReportDocument.Writer {

    private XWPFDocument doc;

    private static final String TEXT_FONT = "宋体";
    private static final String HEADING_FONT = "黑体";

    void write(ReportDocument report, OutputStream out) throws IOException {
        try (XWPFDocument created = new XWPFDocument()) {
            doc = created;
            doc.getProperties().getCoreProperties().setTitle(report.title());
            run(centred(doc), report.title(), HEADING_FONT, 18, true);
            run(centred(doc), report.subtitle(), TEXT_FONT, 9, false);
            for (ReportDocument.Block block : report.blocks()) {
                block.writeTo(this);
            }
            doc.write(out);
        }
    }

    @Override
    public void heading(ReportDocument.Heading h) {
        run(doc.createParagraph(), h.text(), HEADING_FONT, h.level() == 1 ? 14 : 12, true);
    }

    @Override
    public void paragraph(ReportDocument.Paragraph p) {
        run(doc.createParagraph(), p.text(), TEXT_FONT, 10.5, false);
    }

    private static XWPFParagraph centred(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static void run(XWPFParagraph paragraph, String text, String font, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
    }

    @Override
    public void table(ReportDocument.Table t) {
        XWPFTable table = doc.createTable(1 + t.rows().size(), t.headers().size());
        table.setWidth("100%");
        cells(table.getRow(0), t.headers(), true);
        for (int r = 0; r < t.rows().size(); r++) {
            cells(table.getRow(r + 1), t.rows().get(r), false);
        }
        doc.createParagraph();
    }

    private static void cells(XWPFTableRow row, List<?> values, boolean header) {
        for (int c = 0; c < values.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            Object value = values.get(c);
            String text = ReportDocument.text(value);
            if (value instanceof ReportDocument.Link l && l.href() != null) {
                text = l.text() + "（" + l.href() + "）";
            }
            if (value instanceof Number) {
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            run(p, text, TEXT_FONT, 9, header);
        }
    }

    @Override
    public void chart(ReportDocument.Chart c) throws IOException {
        XWPFRun run = centred(doc).createRun();
        ReportCharts.Png png = ReportCharts.png(c);
        try {
            run.addPicture(
                    new ByteArrayInputStream(png.bytes()),
                    Document.PICTURE_TYPE_PNG,
                    "chart.png",
                    Units.toEMU(450),
                    Units.toEMU(450.0 * png.height() / png.width()));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }
}

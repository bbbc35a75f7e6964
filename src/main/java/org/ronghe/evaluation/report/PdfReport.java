package org.ronghe.evaluation.report;

import com.lowagie.text.Anchor;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes a report as PDF (A4) with the CJK font embedded as a subset, charts as images. */
final class PdfReport implements ReportDocument.Writer {

    private final Font title;
    private final Font h1;
    private final Font h2;
    private final Font text;
    private final Font small;
    private final Font link;
    private Document document;

    PdfReport() {
        BaseFont base = ReportFont.pdf();
        title = new Font(base, 18);
        h1 = new Font(base, 14);
        h2 = new Font(base, 12);
        text = new Font(base, 10.5f);
        small = new Font(base, 9);
        link = new Font(base, 9, Font.UNDERLINE, new Color(0x0a58ca));
    }

    void write(ReportDocument report, OutputStream out) throws IOException {
        document = new Document(PageSize.A4, 50, 50, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(report.title());
            document.open();
            Paragraph heading = new Paragraph(report.title(), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            Paragraph subtitle = new Paragraph(report.subtitle(), small);
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setSpacingAfter(12);
            document.add(subtitle);
            for (ReportDocument.Block block : report.blocks()) {
                block.writeTo(this);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF report could not be written", e);
        }
    }

    @Override
    public void heading(ReportDocument.Heading h) throws IOException {
        add(spaced(new Paragraph(h.text(), h.level() == 1 ? h1 : h2), 10, 4));
    }

    @Override
    public void paragraph(ReportDocument.Paragraph p) throws IOException {
        add(spaced(new Paragraph(p.text(), text), 0, 4));
    }

    @Override
    public void table(ReportDocument.Table t) throws IOException {
        add(pdfTable(t));
    }

    @Override
    public void chart(ReportDocument.Chart c) throws IOException {
        add(image(c));
    }

    private void add(Element element) throws IOException {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IOException("the PDF report could not be written", e);
        }
    }

    private static Paragraph spaced(Paragraph p, float before, float after) {
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        p.setLeading(p.getFont().getSize() * 1.5f);
        return p;
    }

    private PdfPTable pdfTable(ReportDocument.Table t) {
        PdfPTable table = new PdfPTable(t.headers().size());
        table.setWidthPercentage(100);
        try {
            table.setWidths(widths(t));
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String header : t.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, small));
            cell.setBackgroundColor(new Color(0xe9ecef));
            table.addCell(cell);
        }
        for (List<Object> row : t.rows()) {
            for (Object value : row) {
                table.addCell(cell(value));
            }
        }
        return table;
    }

    /** Columns as wide as their longest text (a Chinese character counting twice), within bounds. */
    private static float[] widths(ReportDocument.Table t) {
        float[] widths = new float[t.headers().size()];
        for (int c = 0; c < widths.length; c++) {
            int longest = width(t.headers().get(c));
            for (List<Object> row : t.rows()) {
                longest = Math.max(longest, width(ReportDocument.text(row.get(c))));
            }
            widths[c] = Math.max(4, Math.min(30, longest));
        }
        return widths;
    }

    private static int width(String text) {
        return text.codePoints().map(cp -> cp < 0x2E80 ? 1 : 2).sum();
    }

    private PdfPCell cell(Object value) {
        if (value instanceof ReportDocument.Link l && l.href() != null) {
            Anchor anchor = new Anchor(l.text(), link);
            anchor.setReference(l.href());
            return new PdfPCell(anchor);
        }
        PdfPCell cell = new PdfPCell(new Phrase(ReportDocument.text(value), small));
        if (value instanceof Number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }

    private static Image image(ReportDocument.Chart c) throws IOException {
        ReportCharts.Png png = ReportCharts.png(c);
        Image image = Image.getInstance(png.bytes());
        image.scaleToFit(495, 495f * png.height() / png.width());
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingAfter(8);
        return image;
    }
}

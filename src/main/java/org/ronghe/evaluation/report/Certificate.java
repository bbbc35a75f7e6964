package org.ronghe.evaluation.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A certificate of recognition (荣誉证书) for a member's contributions, one landscape A4 page with the CJK font embedded:
 * the heading, to whom, what for, who awards it and when — every text in the reader's language.
 */
public record Certificate(String heading, String recipient, String text, String issuer, String date) {

    private static final Color RED = new Color(0xb02a37);

    public void writeTo(OutputStream out) throws IOException {
        BaseFont font = ReportFont.pdf();
        Document document = new Document(PageSize.A4.rotate(), 90, 90, 80, 70);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(heading + " · " + recipient);
            document.open();
            frame(writer.getDirectContentUnder());
            document.add(line(heading, new Font(font, 40, Font.NORMAL, RED), Element.ALIGN_CENTER, 30));
            document.add(line(recipient + "：", new Font(font, 20), Element.ALIGN_LEFT, 18));
            Paragraph body = line(text, new Font(font, 17), Element.ALIGN_LEFT, 40);
            body.setFirstLineIndent(34);
            body.setLeading(32);
            document.add(body);
            document.add(line(issuer, new Font(font, 17), Element.ALIGN_RIGHT, 8));
            document.add(line(date, new Font(font, 15), Element.ALIGN_RIGHT, 0));
            document.close();
        } catch (DocumentException e) {
            throw new IOException("the certificate could not be written", e);
        }
    }

    private static Paragraph line(String text, Font font, int alignment, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(alignment);
        p.setSpacingAfter(after);
        return p;
    }

    private static void frame(PdfContentByte canvas) {
        float w = PageSize.A4.getHeight();
        float h = PageSize.A4.getWidth();
        canvas.setColorStroke(RED);
        canvas.setLineWidth(4);
        canvas.rectangle(30, 30, w - 60, h - 60);
        canvas.stroke();
        canvas.setLineWidth(1);
        canvas.rectangle(40, 40, w - 80, h - 80);
        canvas.stroke();
    }
}

package org.ronghe.evaluation.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/**
 * Noto Sans SC (SIL OFL 1.1; fetched by the build, {@code fonts/LICENSE_FONT}): the font embedded, subset, in PDF
 * reports and drawn in their charts, so that Chinese shows whatever fonts the machine has. Read once, when first
 * needed.
 */
final class ReportFont {

    static final String NAME = "NotoSansSC.ttf";

    private static final String PATH = "fonts/400Regular/NotoSansSC_400Regular.ttf";

    private ReportFont() {}

    static byte[] bytes() {
        return Loaded.BYTES;
    }

    /** The font for OpenPDF, embedded as a subset of the glyphs a document uses (parsed once, then cached). */
    static BaseFont pdf() {
        try {
            return BaseFont.createFont(NAME, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes(), null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the report font cannot be embedded", e);
        }
    }

    /** The font at a size, for Java2D (the charts). */
    static Font awt(float size) {
        return Loaded.AWT.deriveFont(size);
    }

    private static final class Loaded {

        static final byte[] BYTES = read();
        static final Font AWT = awt();

        private static byte[] read() {
            try (InputStream in = new ClassPathResource(PATH).getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("the report font " + PATH + " is missing from the build", e);
            }
        }

        private static Font awt() {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BYTES));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the report font cannot be read", e);
            }
        }
    }
}

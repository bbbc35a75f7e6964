package org.ronghe.evaluation.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A report as its three formats render it: a title, a subtitle and blocks in order, every text already in the reader's
 * language. Table cells are text, numbers or {@link Link}s.
 */
public record ReportDocument(String title, String subtitle, List<Block> blocks) {

    /** One part of the report, handed to the writer's method for its kind. */
    public sealed interface Block permits Heading, Paragraph, Table, Chart {
        void writeTo(Writer writer) throws IOException;
    }

    /** What a format does with each kind of block. */
    interface Writer {
        void heading(Heading heading) throws IOException;

        void paragraph(Paragraph paragraph) throws IOException;

        void table(Table table) throws IOException;

        void chart(Chart chart) throws IOException;
    }

    /** A section heading; level 1 or 2. */
    public record Heading(int level, String text) implements Block {
        @Override
        public void writeTo(Writer writer) throws IOException {
            writer.heading(this);
        }
    }

    public record Paragraph(String text) implements Block {
        @Override
        public void writeTo(Writer writer) throws IOException {
            writer.paragraph(this);
        }
    }

    /** A table with a name (an .xlsx sheet's name), a header row and rows of cells. */
    public record Table(String name, List<String> headers, List<List<Object>> rows) implements Block {
        @Override
        public void writeTo(Writer writer) throws IOException {
            writer.table(this);
        }
    }

    /** A bar chart: one bar per category and series. {@code values.get(s).get(c)} is series s at category c. */
    public record Chart(String title, List<String> categories, List<String> series, List<List<BigDecimal>> values)
            implements Block {
        @Override
        public void writeTo(Writer writer) throws IOException {
            writer.chart(this);
        }
    }

    /** A cell's text with where its records are listed. */
    public record Link(String text, String href) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A number as the pages show it: no trailing zeros, no exponent. */
    public static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    /** A cell as text: numbers as the pages show them, a dash for nothing. */
    static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return plain(d);
        }
        return value == null ? "—" : value.toString();
    }
}

package org.ronghe.core.sheets;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.ronghe.core.RuleBroken;

/**
 * Reads the first sheet of an .xlsx (a roster, a list of students) row by row in constant memory, the first
 * {@code width} columns of each row as text; the header row is skipped, blank rows too; at most {@link #MAX_ROWS}. The
 * package is opened by POI, whose zip-bomb guard ({@code ZipSecureFile}) stays on for every part read; the sheet and
 * the shared strings are then parsed with a StAX cursor (POI's hardened factory: no DTDs, no external entities), which
 * is several times faster than building POI cell objects for each of 100,000 rows. Memory stays bounded for hostile
 * files too: the shared strings are capped ({@link SharedStrings}), no cell may exceed Excel's own 32,767 characters,
 * and no run of XML without markup may exceed what such a cell needs ({@link MarkupGuard}).
 */
public final class SheetReader {

    public static final int MAX_ROWS = 100_000;
    /** Excel's own limit of characters in one cell. */
    public static final int MAX_CELL_CHARS = 32_767;

    private static final XMLInputFactory XML = secured(new InputFactoryImpl());

    private SheetReader() {}

    /** Aalto, twice as fast as the JDK's StAX parser here, with DTDs and external entities off. */
    private static XMLInputFactory secured(XMLInputFactory factory) {
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** A data row: its number as Excel shows it (the header is row 1) and its cells as text. */
    public record Line(int number, List<String> cells) {

        /** The text of the cell in the column (0 is A), stripped; empty when the cell is. */
        public String cell(int column) {
            return cells.get(column);
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** @throws RuleBroken when the file cannot be read as a workbook, looks like a zip bomb, or has too many rows */
    public static void read(Path xlsx, int width, Consumer<Line> lines) {
        try (OPCPackage workbook = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            SharedStrings strings = sharedStrings(workbook, (MAX_ROWS + 1) * width);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RuleBroken("sheet.unreadable");
            }
            try (InputStream sheet = sheets.next()) {
                new SheetParser(strings, styles, width, lines).parse(sheet);
            }
        } catch (RuleBroken e) {
            throw e;
        } catch (Exception e) {
            throw refusal(e);
        }
    }

    private static SharedStrings sharedStrings(OPCPackage workbook, int maxCount)
            throws IOException, XMLStreamException {
        SharedStrings strings = new SharedStrings(maxCount);
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return strings;
        }
        try (InputStream in = new MarkupGuard(parts.get(0).getInputStream())) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            StringBuilder text = new StringBuilder();
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> text.setLength(0);
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            String t = xml.getElementText();
                            if (phonetic == 0) {
                                text.append(t);
                                checkLength(text);
                            }
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals("rPh")) {
                        phonetic--;
                    } else if (xml.getLocalName().equals("si")) {
                        strings.add(text);
                    }
                }
            }
        }
        return strings;
    }

    /** Walks {@code <row>}, {@code <c>}, {@code <v>} and inline strings of one worksheet. */
    private static final class SheetParser {

        private final SharedStrings strings;
        private final StylesTable styles;
        private final int width;
        private final Consumer<Line> lines;
        private String[] cells;
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private int count;

        SheetParser(SharedStrings strings, StylesTable styles, int width, Consumer<Line> lines) {
            this.strings = strings;
            this.styles = styles;
            this.width = width;
            this.lines = lines;
        }

        void parse(InputStream sheet) throws XMLStreamException {
            XMLStreamReader xml = XML.createXMLStreamReader(new MarkupGuard(sheet));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(xml);
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals("row")) {
                    emit();
                }
            }
        }

        private void start(XMLStreamReader xml) throws XMLStreamException {
            switch (xml.getLocalName()) {
                case "row" -> {
                    String r = xml.getAttributeValue(null, "r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new String[width];
                    column = -1;
                }
                case "c" -> {
                    String ref = xml.getAttributeValue(null, "r");
                    column = ref == null ? column + 1 : columnOf(ref);
                    type = xml.getAttributeValue(null, "t");
                    String s = xml.getAttributeValue(null, "s");
                    style = s == null ? -1 : Integer.parseInt(s);
                }
                case "v" -> put(value(xml.getElementText()));
                case "t" -> put(xml.getElementText());
                default -> {}
            }
        }

        private void put(String value) {
            if (cells != null && column >= 0 && column < width) {
                cells[column] = cells[column] == null ? value.strip() : cells[column] + value.strip();
                checkLength(cells[column]);
            }
        }

        private String value(String raw) {
            if (type == null || type.equals("n")) {
                return number(raw);
            }
            return switch (type) {
                case "s" -> strings.get(Integer.parseInt(raw.strip()));
                case "b" -> "1".equals(raw.strip()) ? "true" : "false";
                case "e" -> "";
                default -> raw;
            };
        }

        private String number(String raw) {
            if (raw.isBlank()) {
                return "";
            }
            double value = Double.parseDouble(raw);
            if (style >= 0 && isDate(styles.getStyleAt(style))) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
        }

        private static boolean isDate(XSSFCellStyle style) {
            return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        }

        private void emit() {
            if (rowNumber <= 1 || cells == null) {
                return;
            }
            List<String> row = Arrays.stream(cells).map(c -> c == null ? "" : c).toList();
            Line line = new Line(rowNumber, row);
            cells = null;
            if (line.isBlank()) {
                return;
            }
            if (++count > MAX_ROWS) {
                throw new RuleBroken("sheet.too-many-rows", MAX_ROWS);
            }
            lines.accept(line);
        }

        private static int columnOf(String ref) {
            int column = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                column = column * 26 + (ref.charAt(i) - 'A' + 1);
            }
            return column - 1;
        }
    }

    private static void checkLength(CharSequence cell) {
        if (cell.length() > MAX_CELL_CHARS) {
            throw new RuleBroken("sheet.cell-too-long", MAX_CELL_CHARS);
        }
    }

    private static RuleBroken refusal(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkupGuard.Oversized) {
                return new RuleBroken("sheet.cell-too-long", MAX_CELL_CHARS);
            }
            if (t.getMessage() != null && t.getMessage().toLowerCase().contains("zip bomb")) {
                return new RuleBroken("sheet.zip-bomb");
            }
        }
        return new RuleBroken("sheet.unreadable");
    }
}

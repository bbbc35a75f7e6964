package org.ronghe.community.roster;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.ronghe.core.RuleBroken;

/**
 * Reads the first sheet of an .xlsx row by row without holding it in memory. POI's zip-bomb guard stays
 * on: a file whose parts inflate suspiciously is refused, as is one with more rows than allowed.
 */
final class RosterReader {

    static final int MAX_ROWS = 100_000;

    private RosterReader() {
    }

    /** A data row: its number as Excel shows it (the header is row 1) and its cells as text. */
    record Line(int number, List<String> cells) {

        String cell(RosterColumn column) {
            return column.ordinal() < cells.size() ? cells.get(column.ordinal()) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /**
     * @throws RuleBroken when the file cannot be read as a workbook, looks like a zip bomb, or has too many rows
     */
    static void read(InputStream xlsx, Consumer<Line> lines) {
        try (Workbook workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            int count = 0;
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Line line = new Line(row.getRowNum() + 1, cells(row));
                if (line.isBlank()) {
                    continue;
                }
                if (++count > MAX_ROWS) {
                    throw new RuleBroken("roster.too-many-rows", MAX_ROWS);
                }
                lines.accept(line);
            }
        } catch (RuleBroken e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RuleBroken(isZipBomb(e) ? "roster.zip-bomb" : "roster.unreadable");
        }
    }

    private static List<String> cells(Row row) {
        int width = RosterColumn.values().length;
        List<String> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case STRING -> cell.getStringCellValue().strip();
            default -> "";
        };
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase().contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }
}

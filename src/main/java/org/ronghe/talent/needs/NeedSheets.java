package org.ronghe.talent.needs;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes talent needs to .xlsx in the user's language. */
@Component
public class NeedSheets {

    private static final List<String> HEADERS = List.of(
            "talent.need.post",
            "talent.need.organisation",
            "talent.need.majors",
            "talent.need.level",
            "talent.need.headcount",
            "talent.need.region",
            "talent.need.period-starts",
            "talent.need.period-ends",
            "talent.need.status");

    private final MessageSource messages;

    NeedSheets(MessageSource messages) {
        this.messages = messages;
    }

    /** Writes the needs and returns how many rows were written. */
    public int write(List<NeedSummary> needs, OutputStream out, Locale locale) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(messages.getMessage("talent.need.list.title", null, locale));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(messages.getMessage(HEADERS.get(c), null, locale));
            }
            int row = 1;
            for (NeedSummary n : needs) {
                Row r = sheet.createRow(row++);
                r.createCell(0).setCellValue(n.post());
                r.createCell(1).setCellValue(n.organisationName() == null ? "" : n.organisationName());
                r.createCell(2).setCellValue(n.majors() == null ? "" : n.majors());
                r.createCell(3).setCellValue(messages.getMessage(n.level().messageKey(), null, locale));
                r.createCell(4).setCellValue(n.headcount());
                r.createCell(5).setCellValue(n.regionName());
                r.createCell(6)
                        .setCellValue(
                                n.periodStarts() == null ? "" : n.periodStarts().toString());
                r.createCell(7)
                        .setCellValue(
                                n.periodEnds() == null ? "" : n.periodEnds().toString());
                r.createCell(8).setCellValue(messages.getMessage(n.status().messageKey(), null, locale));
            }
            workbook.write(out);
            return needs.size();
        }
    }
}

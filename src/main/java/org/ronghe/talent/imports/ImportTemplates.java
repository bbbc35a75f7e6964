package org.ronghe.talent.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ronghe.core.sheets.SheetHeader;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The import templates of students and internship records, headed in the user's language. */
@Component
public class ImportTemplates {

    private final MessageSource messages;

    ImportTemplates(MessageSource messages) {
        this.messages = messages;
    }

    /** The import template of a kind of sheet: the columns' headers, every column as text (Excel keeps every digit). */
    public void template(StudentImport.Kind kind, OutputStream out, Locale locale) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            if (kind == StudentImport.Kind.STUDENTS) {
                SheetHeader.create(
                        workbook,
                        messages.getMessage("talent.student.list.title", null, locale),
                        Arrays.stream(StudentColumn.values())
                                .map(c -> messages.getMessage(c.messageKey(), null, locale))
                                .toList(),
                        Arrays.stream(StudentColumn.values())
                                .map(c -> c == StudentColumn.ID_NUMBER ? 24 : 14)
                                .toList());
            } else {
                SheetHeader.create(
                        workbook,
                        messages.getMessage("talent.internship.title", null, locale),
                        Arrays.stream(InternshipColumn.values())
                                .map(c -> messages.getMessage(c.messageKey(), null, locale))
                                .toList(),
                        Arrays.stream(InternshipColumn.values())
                                .map(c -> c.ordinal() < 2 ? 24 : 14)
                                .toList());
            }
            workbook.write(out);
        }
    }
}

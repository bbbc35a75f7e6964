package org.ronghe.docking.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ronghe.core.sheets.SheetHeader;
import org.ronghe.docking.imports.DockingImport.Subject;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The import templates of needs and capabilities, headed in the user's language, every column as text. */
@Component
public class DockingTemplates {

    private final MessageSource messages;

    DockingTemplates(MessageSource messages) {
        this.messages = messages;
    }

    public void write(Subject subject, OutputStream out, Locale locale) throws IOException {
        List<SheetColumn> columns =
                Arrays.asList(subject == Subject.NEEDS ? NeedColumn.values() : CapabilityColumn.values());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetHeader.create(
                    workbook,
                    messages.getMessage(
                            subject == Subject.NEEDS ? "docking.need.list.title" : "docking.capability.list.title",
                            null,
                            locale),
                    columns.stream()
                            .map(c -> messages.getMessage(c.messageKey(), null, locale))
                            .toList(),
                    columns.stream()
                            .map(c -> c.field().equals("description") ? 48 : 18)
                            .toList());
            workbook.write(out);
        }
    }
}

package org.ronghe.training.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ronghe.core.sheets.SheetHeader;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The import templates of attendance lists and certificates, headed in the user's language, every column as text. */
@Component
public class TrainingTemplates {

    private final MessageSource messages;

    TrainingTemplates(MessageSource messages) {
        this.messages = messages;
    }

    public void write(TrainingImport.Kind kind, OutputStream out, Locale locale) throws IOException {
        List<ImportColumn> columns = Arrays.asList(
                kind == TrainingImport.Kind.ATTENDANCE ? AttendanceColumn.values() : CertificateColumn.values());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetHeader.create(
                    workbook,
                    messages.getMessage("training.import.template." + kind, null, locale),
                    columns.stream()
                            .map(c -> messages.getMessage(c.messageKey(), null, locale))
                            .toList(),
                    columns.stream().map(c -> c.personal() ? 22 : 16).toList());
            workbook.write(out);
        }
    }
}

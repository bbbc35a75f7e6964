package org.ronghe.training.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.training.imports.TrainingImport;
import org.springframework.context.MessageSource;

/**
 * An import's status with its row report, reasons in the caller's language. A problem's value is the cell as typed,
 * never for a name or ID number column (null there).
 */
record ImportReport(
        Long id,
        TrainingImport.Kind kind,
        Long organisationId,
        Long sessionId,
        String fileName,
        boolean validOnly,
        TrainingImport.Status status,
        int rowsRead,
        int invalidRows,
        int problemCount,
        int writtenRows,
        int completions,
        String failureCode,
        String failure,
        Instant createdAt,
        Instant validatedAt,
        Instant finishedAt,
        List<Problem> problems) {

    /** One refused cell. */
    record Problem(int row, String column, String value, String code, String reason) {}

    static ImportReport of(TrainingImport j, List<SheetProblem> problems, MessageSource messages, Locale locale) {
        return new ImportReport(
                j.id(),
                j.kind(),
                j.organisationId(),
                j.sessionId(),
                j.fileName(),
                j.validOnly(),
                j.status(),
                j.rowsRead(),
                j.invalidRows(),
                j.problemCount(),
                j.writtenRows(),
                j.completions(),
                j.failureCode(),
                j.failureCode() == null ? null : messages.getMessage(j.failureCode(), null, j.failureCode(), locale),
                j.createdAt(),
                j.validatedAt(),
                j.finishedAt(),
                problems.stream()
                        .map(p -> new Problem(
                                p.row(),
                                p.column(),
                                p.value(),
                                p.code(),
                                messages.getMessage(p.code(), p.arguments(), locale)))
                        .toList());
    }
}

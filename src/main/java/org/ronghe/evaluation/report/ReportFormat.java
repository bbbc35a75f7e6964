package org.ronghe.evaluation.report;

import java.io.IOException;
import java.io.OutputStream;

/** The formats a report is written in, with their media types. */
public enum ReportFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase();
    }

    /** The format named by a file extension, or null. */
    public static ReportFormat of(String extension) {
        for (ReportFormat f : values()) {
            if (f.extension().equalsIgnoreCase(extension)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Writes the report. An .xlsx puts the text on a sheet named {@code textSheet} and the charts on one named
     * {@code chartSheet}.
     */
    public void write(ReportDocument report, String textSheet, String chartSheet, OutputStream out) throws IOException {
        switch (this) {
            case DOCX -> new DocxReport().write(report, out);
            case PDF -> new PdfReport().write(report, out);
            case XLSX -> new XlsxReport(textSheet, chartSheet).write(report, out);
        }
    }
}

package org.ronghe.talent.students;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes students to .xlsx in the user's language, with the numbers as the list gave them (masked or revealed). */
@Component
public class StudentSheets {

    private static final List<String> HEADERS = List.of(
            "talent.student.name",
            "talent.student.gender",
            "talent.student.id-number",
            "talent.student.mobile",
            "talent.student.school",
            "talent.student.major",
            "talent.student.class",
            "talent.student.expected-graduation");

    private final MessageSource messages;
    private final Directory directory;

    StudentSheets(MessageSource messages, Directory directory) {
        this.messages = messages;
        this.directory = directory;
    }

    /** Writes the students and returns how many rows were written. */
    public int write(List<StudentSummary> students, OutputStream out, Locale locale) throws IOException {
        Map<Long, OrganisationSummary> schools = directory.summaries(
                students.stream().map(StudentSummary::schoolId).distinct().toList());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(messages.getMessage("talent.student.list.title", null, locale));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(messages.getMessage(HEADERS.get(c), null, locale));
            }
            int row = 1;
            for (StudentSummary s : students) {
                Row r = sheet.createRow(row++);
                r.createCell(0).setCellValue(s.name());
                r.createCell(1).setCellValue(messages.getMessage(s.gender().messageKey(), null, locale));
                r.createCell(2).setCellValue(s.idNumber());
                r.createCell(3).setCellValue(s.mobile() == null ? "" : s.mobile());
                r.createCell(4)
                        .setCellValue(
                                schools.containsKey(s.schoolId())
                                        ? schools.get(s.schoolId()).name()
                                        : "");
                r.createCell(5).setCellValue(s.major() == null ? "" : s.major());
                r.createCell(6).setCellValue(s.className() == null ? "" : s.className());
                r.createCell(7)
                        .setCellValue(
                                s.expectedGraduation() == null
                                        ? ""
                                        : s.expectedGraduation().toString());
            }
            workbook.write(out);
            return students.size();
        }
    }
}

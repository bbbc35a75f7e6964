package org.ronghe.talent.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.talent.students.StudentAccess;
import org.ronghe.talent.students.StudentEvents.StudentsExported;
import org.ronghe.talent.students.StudentList;
import org.ronghe.talent.students.StudentSheets;
import org.ronghe.talent.students.StudentSummary;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** Students as .xlsx: masked, or in full for a school's personal-data officers; every export audited with its count. */
@Controller
class StudentDownloads {

    private final StudentList list;
    private final StudentSheets sheets;
    private final StudentAccess access;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    StudentDownloads(
            StudentList list,
            StudentSheets sheets,
            StudentAccess access,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock) {
        this.list = list;
        this.sheets = sheets;
        this.access = access;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/talent/students.xlsx")
    @PreAuthorize("isAuthenticated()")
    public void export(
            @ParameterObject @ModelAttribute StudentList.Filter filter,
            @RequestParam(defaultValue = "false") boolean full,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        access.requireListing(filter, full);
        List<StudentSummary> students = list.all(filter, full);
        String name =
                messages.getMessage("talent.student.list.title", null, locale) + "-" + LocalDate.now(clock) + ".xlsx";
        FileDownloads.prepareXlsx(response, name);
        int rows = sheets.write(students, response.getOutputStream(), locale);
        events.publishEvent(new StudentsExported(filter.subject(), rows, full));
    }
}

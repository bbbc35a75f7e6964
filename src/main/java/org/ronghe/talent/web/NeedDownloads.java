package org.ronghe.talent.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.talent.needs.NeedList;
import org.ronghe.talent.needs.NeedSheets;
import org.ronghe.talent.needs.NeedSummary;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The talent need list as .xlsx, filtered as on screen (the page's button and the API's export). */
@Controller
class NeedDownloads {

    private final NeedList list;
    private final NeedSheets sheets;
    private final MessageSource messages;
    private final Clock clock;

    NeedDownloads(NeedList list, NeedSheets sheets, MessageSource messages, Clock clock) {
        this.list = list;
        this.sheets = sheets;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping({"/talent/needs.xlsx", "/api/v1/talent-needs/export"})
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The needs matching the filters as .xlsx", tags = "Talent needs")
    void export(@ParameterObject @ModelAttribute NeedList.Filter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        write(list.all(filter), sheets, messages, clock, locale, response);
    }

    static void write(
            List<NeedSummary> needs,
            NeedSheets sheets,
            MessageSource messages,
            Clock clock,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        String name =
                messages.getMessage("talent.need.list.title", null, locale) + "-" + LocalDate.now(clock) + ".xlsx";
        FileDownloads.prepareXlsx(response, name);
        sheets.write(needs, response.getOutputStream(), locale);
    }
}

package org.ronghe.agreement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ronghe.agreement.AgreementAccess;
import org.ronghe.agreement.AgreementEvents.AgreementsExported;
import org.ronghe.agreement.AgreementList;
import org.ronghe.agreement.AgreementSheets;
import org.ronghe.agreement.AgreementSummary;
import org.ronghe.core.web.FileDownloads;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The agreement list as .xlsx (filtered as on screen, limited to what the user may see), and one agreement's
 * obligations; every export audited.
 */
@Controller
class AgreementDownloads {

    private final AgreementList list;
    private final AgreementAccess access;
    private final AgreementSheets sheets;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    AgreementDownloads(
            AgreementList list,
            AgreementAccess access,
            AgreementSheets sheets,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock) {
        this.list = list;
        this.access = access;
        this.sheets = sheets;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping({"/agreements.xlsx", "/api/v1/agreements/export"})
    @PreAuthorize("isAuthenticated()")
    void export(
            @ParameterObject @ModelAttribute AgreementList.Filter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        List<AgreementSummary> agreements = list.all(filter, access.visibility());
        FileDownloads.prepareXlsx(
                response,
                messages.getMessage("agreement.list.title", null, locale) + "-" + LocalDate.now(clock) + ".xlsx");
        int rows = sheets.write(agreements, response.getOutputStream(), locale);
        events.publishEvent(new AgreementsExported(filter.toString(), rows));
    }
}

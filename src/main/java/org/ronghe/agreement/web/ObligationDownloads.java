package org.ronghe.agreement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.ronghe.agreement.Agreement;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.agreement.AgreementEvents.ObligationsExported;
import org.ronghe.agreement.AgreementSheets;
import org.ronghe.agreement.ObligationBook;
import org.ronghe.agreement.Party;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.directory.Directory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An agreement's obligations as .xlsx, in the user's language; the export is audited. */
@Controller
class ObligationDownloads {

    private final AgreementBook agreements;
    private final ObligationBook obligations;
    private final Directory directory;
    private final AgreementSheets sheets;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    ObligationDownloads(
            AgreementBook agreements,
            ObligationBook obligations,
            Directory directory,
            AgreementSheets sheets,
            ApplicationEventPublisher events,
            MessageSource messages) {
        this.agreements = agreements;
        this.obligations = obligations;
        this.directory = directory;
        this.sheets = sheets;
        this.events = events;
        this.messages = messages;
    }

    @GetMapping({"/agreements/{id}/obligations.xlsx", "/api/v1/agreements/{id}/obligations/export"})
    @PreAuthorize("@agreementAccess.canRead(#id)")
    void obligations(@PathVariable Long id, Locale locale, HttpServletResponse response) throws IOException {
        Agreement agreement = agreements.get(id);
        Map<Long, String> names = directory.names(
                agreement.parties().stream().map(Party::organisationId).toList());
        FileDownloads.prepareXlsx(
                response, agreement.title() + "-" + messages.getMessage("obligation.title", null, locale) + ".xlsx");
        int rows = sheets.writeObligations(obligations.of(id), names, response.getOutputStream(), locale);
        events.publishEvent(new ObligationsExported(id, rows));
    }
}

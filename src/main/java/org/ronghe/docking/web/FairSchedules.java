package org.ronghe.docking.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ronghe.core.sheets.SheetWriter;
import org.ronghe.core.web.FileDownloads;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A fair's pairing schedule as .xlsx: one row a pair, in time and table order. */
@Component
class FairSchedules {

    private final MessageSource messages;

    FairSchedules(MessageSource messages) {
        this.messages = messages;
    }

    void write(FairViews.FairView fair, HttpServletResponse response, Locale locale) throws IOException {
        String hidden = text("docking.fair.hidden-need", locale);
        List<List<Object>> rows = new ArrayList<>();
        for (FairViews.PairView p : fair.pairs()) {
            rows.add(Arrays.asList(
                    p.startsAt() + "–" + p.endsAt(),
                    p.table(),
                    p.needOrganisation(),
                    p.needTitle() == null ? hidden : p.needTitle(),
                    p.capabilityOrganisation(),
                    p.capabilityTitle(),
                    p.outcome() == null ? null : text("docking.fair.outcome." + p.outcome(), locale),
                    p.note()));
        }
        FileDownloads.prepareXlsx(response, fair.title() + "-" + fair.heldOn() + ".xlsx");
        SheetWriter.write(
                response.getOutputStream(),
                text("docking.fair.schedule", locale),
                List.of(
                        text("docking.fair.slot", locale),
                        text("docking.fair.table", locale),
                        text("docking.fair.need-side", locale),
                        text("docking.need.title", locale),
                        text("docking.fair.offer-side", locale),
                        text("docking.capability.title", locale),
                        text("docking.fair.outcome", locale),
                        text("docking.fair.note", locale)),
                rows);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

package org.ronghe.evaluation.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ronghe.community.Community;
import org.ronghe.evaluation.cycles.MemberContributions;
import org.ronghe.evaluation.report.Certificate;
import org.ronghe.evaluation.report.ReportDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The certificate of recognition for one member's line of a year's contributions, in the reader's language. */
@Component
class ContributionCertificates {

    private final Community community;
    private final MessageSource messages;

    ContributionCertificates(Community community, MessageSource messages) {
        this.community = community;
        this.messages = messages;
    }

    Certificate of(MemberContributions.Table table, MemberContributions.Line line, LocalDate on, Locale locale) {
        String body = community.get(table.bodyId()).name();
        String what = table.keys().stream()
                .filter(k -> line.values().containsKey(k))
                .map(k -> messages.getMessage("figure." + k, null, locale) + " "
                        + ReportDocument.plain(line.values().get(k)))
                .collect(Collectors.joining(messages.getMessage("evaluation.certificate.separator", null, locale)));
        return new Certificate(
                messages.getMessage("evaluation.certificate.heading", null, locale),
                line.organisation().name(),
                messages.getMessage(
                        "evaluation.certificate.text", new Object[] {body, table.year() + "", what}, locale),
                body,
                on.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
    }
}

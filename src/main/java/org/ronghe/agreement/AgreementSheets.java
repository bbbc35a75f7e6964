package org.ronghe.agreement;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes agreements, and one agreement's obligations, to .xlsx in the user's language, with parties by name. */
@Service
public class AgreementSheets {

    private static final List<String> HEADERS = List.of(
            "agreement.title",
            "agreement.kind",
            "agreement.status",
            "agreement.parties",
            "agreement.signed-on",
            "agreement.term-ends",
            "agreement.committed-yuan",
            "agreement.reported-yuan");
    private static final int CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final Directory directory;
    private final MessageSource messages;

    AgreementSheets(JdbcClient jdbc, Directory directory, MessageSource messages) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.messages = messages;
    }

    /** Writes the agreements and returns how many rows were written. */
    @Transactional(readOnly = true)
    public int write(List<AgreementSummary> agreements, OutputStream out, Locale locale) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(messages.getMessage("agreement.list.title", null, locale));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(messages.getMessage(HEADERS.get(c), null, locale));
            }
            int row = 1;
            for (int from = 0; from < agreements.size(); from += CHUNK) {
                List<AgreementSummary> chunk = agreements.subList(from, Math.min(from + CHUNK, agreements.size()));
                Map<Long, String> parties = parties(chunk);
                for (AgreementSummary a : chunk) {
                    Row r = sheet.createRow(row++);
                    r.createCell(0).setCellValue(a.title());
                    r.createCell(1).setCellValue(messages.getMessage(a.kind().messageKey(), null, locale));
                    r.createCell(2).setCellValue(messages.getMessage(a.status().messageKey(), null, locale));
                    r.createCell(3).setCellValue(parties.getOrDefault(a.id(), ""));
                    r.createCell(4).setCellValue(text(a.signedOn()));
                    r.createCell(5).setCellValue(text(a.termEndsOn()));
                    amount(r, 6, a.committedYuan());
                    amount(r, 7, a.reportedYuan());
                }
            }
            workbook.write(out);
            return agreements.size();
        }
    }

    private static void amount(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static final List<String> OBLIGATION_HEADERS = List.of(
            "obligation.party",
            "obligation.description",
            "obligation.target",
            "obligation.unit",
            "obligation.cadence",
            "obligation.due",
            "agreement.status",
            "obligation.achieved",
            "obligation.confirmations");

    /** Writes one agreement's obligations (parties by name) and returns how many rows were written. */
    public int writeObligations(
            List<Obligation> obligations, Map<Long, String> partyNames, OutputStream out, Locale locale)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(messages.getMessage("obligation.title", null, locale));
            Row header = sheet.createRow(0);
            for (int c = 0; c < OBLIGATION_HEADERS.size(); c++) {
                header.createCell(c).setCellValue(messages.getMessage(OBLIGATION_HEADERS.get(c), null, locale));
            }
            int row = 1;
            for (Obligation o : obligations) {
                Row r = sheet.createRow(row++);
                r.createCell(0).setCellValue(partyNames.getOrDefault(o.partyId(), String.valueOf(o.partyId())));
                r.createCell(1).setCellValue(o.description());
                if (o.target() != null) {
                    r.createCell(2).setCellValue(o.target().doubleValue());
                }
                r.createCell(3).setCellValue(o.unit() == null ? "" : o.unit());
                r.createCell(4)
                        .setCellValue(messages.getMessage(
                                "obligation.cadence." + o.cadence().name(), null, locale));
                r.createCell(5).setCellValue(o.dueOn().toString());
                r.createCell(6).setCellValue(messages.getMessage(o.status().messageKey(), null, locale));
                lastAchieved(o).ifPresent(a -> r.createCell(7).setCellValue(a.doubleValue()));
                r.createCell(8)
                        .setCellValue(o.history().stream()
                                .filter(e -> e.action() == ObligationStep.Action.CONFIRMED)
                                .count());
            }
            workbook.write(out);
            return obligations.size();
        }
    }

    private static Optional<BigDecimal> lastAchieved(Obligation o) {
        List<ObligationStep> history = o.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).action() == ObligationStep.Action.REPORTED
                    && history.get(i).achieved() != null) {
                return Optional.of(history.get(i).achieved());
            }
        }
        return Optional.empty();
    }

    /** Each agreement's parties' names, in their order, joined with 、. */
    private Map<Long, String> parties(List<AgreementSummary> agreements) {
        List<Map.Entry<Long, Long>> rows = jdbc.sql("select agreement_id, organisation_id from agreement_parties "
                        + "where agreement_id = any(?) order by agreement_id, position")
                .param(agreements.stream().map(AgreementSummary::id).toArray(Long[]::new))
                .query((r, n) -> Map.entry(r.getLong(1), r.getLong(2)))
                .list();
        Map<Long, OrganisationSummary> names = directory.summaries(
                rows.stream().map(Map.Entry::getValue).distinct().toList());
        Map<Long, String> joined = new HashMap<>();
        rows.stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        Collectors.mapping(
                                e -> names.containsKey(e.getValue())
                                        ? names.get(e.getValue()).name()
                                        : String.valueOf(e.getValue()),
                                Collectors.joining("、"))))
                .forEach(joined::put);
        return joined;
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}

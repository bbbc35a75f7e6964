package org.ronghe.community.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ronghe.community.Membership.Status;
import org.ronghe.core.ChineseCollation;
import org.ronghe.core.sheets.SheetHeader;
import org.ronghe.directory.BulkRegistration;
import org.ronghe.directory.BulkRegistration.Listed;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Writes roster sheets: the empty template (headers and drop-down lists for type and level) and the export of a body's
 * memberships, filtered by status as on screen, in the same columns so that an export can be edited and imported again.
 * Written with POI's streaming workbook (constant memory).
 */
@Service
public class RosterSheets {

    private static final int TEMPLATE_ROWS = 10_000;

    private final JdbcClient jdbc;
    private final BulkRegistration directory;
    private final MessageSource messages;

    RosterSheets(JdbcClient jdbc, BulkRegistration directory, MessageSource messages) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.messages = messages;
    }

    public void template(OutputStream out, Locale locale) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = header(workbook, locale);
            choices(
                    sheet,
                    RosterColumn.TYPE,
                    Arrays.stream(OrganisationType.values())
                            .map(t -> messages.getMessage(t.messageKey(), null, locale))
                            .toArray(String[]::new));
            choices(
                    sheet,
                    RosterColumn.LEVEL,
                    Arrays.stream(SchoolLevel.values())
                            .map(l -> messages.getMessage(l.messageKey(), null, locale))
                            .toArray(String[]::new));
            workbook.write(out);
        }
    }

    /** Writes the memberships in the given statuses (all when none) and returns how many rows were written. */
    public int export(Long bodyId, List<Status> statuses, OutputStream out, Locale locale) throws IOException {
        List<Member> memberships = members(bodyId, statuses);
        Map<Long, Listed> organisations = directory.listed(
                memberships.stream().map(Member::organisationId).toList());
        List<Member> sorted = memberships.stream()
                .filter(m -> organisations.containsKey(m.organisationId()))
                .sorted(ChineseCollation.comparing(
                        (Member m) -> organisations.get(m.organisationId()).name()))
                .toList();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = header(workbook, locale);
            int r = 1;
            for (Member m : sorted) {
                row(sheet.createRow(r++), organisations.get(m.organisationId()), m, locale);
            }
            workbook.write(out);
        }
        return sorted.size();
    }

    /** A membership as the export needs it (without its history). */
    private record Member(Long organisationId, Status status, LocalDate joinedOn) {}

    private List<Member> members(Long bodyId, List<Status> statuses) {
        String[] wanted = (statuses.isEmpty() ? Arrays.asList(Status.values()) : statuses)
                .stream().map(Enum::name).toArray(String[]::new);
        return jdbc.sql(
                        "select organisation_id, status, joined_on from memberships where body_id = ? and status = any(?)")
                .params(bodyId, wanted)
                .query((r, n) -> new Member(
                        r.getLong(1),
                        Status.valueOf(r.getString(2)),
                        r.getDate(3) == null ? null : r.getDate(3).toLocalDate()))
                .list();
    }

    private void row(Row row, Listed o, Member m, Locale locale) {
        String[] values = {
            o.name(),
            messages.getMessage(o.type().messageKey(), null, locale),
            o.level() == null ? "" : messages.getMessage(o.level().messageKey(), null, locale),
            nullToEmpty(o.creditCode()),
            nullToEmpty(o.regionCode()),
            nullToEmpty(o.industry()),
            nullToEmpty(o.website()),
            nullToEmpty(o.contact()),
            m.joinedOn() == null ? "" : m.joinedOn().toString(),
            messages.getMessage(m.status().messageKey(), null, locale)
        };
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private Sheet header(SXSSFWorkbook workbook, Locale locale) {
        return SheetHeader.create(
                workbook,
                messages.getMessage("roster.sheet", null, locale),
                Arrays.stream(RosterColumn.values())
                        .map(c -> messages.getMessage(c.messageKey(), null, locale))
                        .toList(),
                Arrays.stream(RosterColumn.values())
                        .map(c -> c == RosterColumn.NAME ? 36 : 18)
                        .toList());
    }

    private static void choices(Sheet sheet, RosterColumn column, String[] values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        var constraint = helper.createExplicitListConstraint(values);
        var validation = helper.createValidation(
                constraint, new CellRangeAddressList(1, TEMPLATE_ROWS, column.ordinal(), column.ordinal()));
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

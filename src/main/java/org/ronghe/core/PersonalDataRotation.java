package org.ronghe.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a key rotation (ADR 0012), seals the personal data of every {@link SealedTable} the modules declare again under
 * the current key and recomputes the fingerprints, a thousand rows per transaction, paging through each table by its
 * key. A batch's rows are locked while they are sealed again, so an edit in between is never overwritten, and their
 * aggregate's version is raised, so an edit read before does not write the old values back. Rows already under the
 * current key are skipped unless {@code everyRow} (needed after the fingerprint key changed). Values a row holds in
 * clear (see {@link SealedTable#sealedFlag}) are sealed on the way.
 */
@Component
public class PersonalDataRotation {

    static final int BATCH = 1_000;

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRotation.class);

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final List<SealedTable> tables;

    /** @throws IllegalStateException when a table is declared twice or without a sealed column */
    public PersonalDataRotation(
            JdbcTemplate jdbc,
            PersonalDataCipher cipher,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            List<SealedTable> tables) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.transaction = transaction;
        this.events = events;
        this.tables =
                tables.stream().sorted(Comparator.comparing(SealedTable::table)).toList();
        var seen = new HashSet<String>();
        for (SealedTable table : this.tables) {
            if (!seen.add(table.table()) || table.columns().isEmpty()) {
                throw new IllegalStateException("sealed table declared twice or without a column: " + table.table());
            }
        }
    }

    /** Seals every table again; the answer (how many rows of each) is also published, and so audited. */
    public PersonalDataResealed reseal(boolean everyRow) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SealedTable table : tables) {
            counts.put(table.table(), reseal(table, everyRow));
        }
        PersonalDataResealed done =
                new PersonalDataResealed(cipher.currentKeyId(), Collections.unmodifiableMap(counts), everyRow);
        events.publishEvent(done);
        return done;
    }

    /** A row as read: its key, its sealed values, and whether they are sealed (false: in clear). */
    private record Row(Object[] key, String[] values, boolean sealed) {}

    private int reseal(SealedTable table, boolean everyRow) {
        String update = update(table);
        int done = 0;
        Object[] after = null;
        while (true) {
            Object[] from = after;
            List<Row> batch = transaction.execute(status -> {
                List<Row> rows = jdbc.query(
                        select(table, everyRow, from != null), (r, n) -> row(table, r), params(table, everyRow, from));
                jdbc.batchUpdate(
                        update, rows.stream().map(row -> resealed(table, row)).toList());
                return rows;
            });
            done += batch.size();
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).key();
        }
        log.info("Sealed {} rows of {} again under key {}", done, table.table(), cipher.currentKeyId());
        return done;
    }

    /** The next batch's rows, locked: after the last key read, still to be sealed again, in key order. */
    private static String select(SealedTable table, boolean everyRow, boolean after) {
        List<String> read = new ArrayList<>(table.key());
        table.columns().forEach(c -> read.add(c.name()));
        List<String> conditions = new ArrayList<>();
        if (table.where() != null) {
            conditions.add("(" + table.where() + ")");
        }
        String key = String.join(", ", table.key());
        if (after) {
            conditions.add("(" + key + ") > (" + marks(table.key().size()) + ")");
        }
        List<String> due = new ArrayList<>();
        table.columns().forEach(c -> due.add(c.name() + (everyRow ? " is not null" : " not like ?")));
        if (table.sealedFlag() != null) {
            read.add(table.sealedFlag());
            due.add("not " + table.sealedFlag());
        }
        conditions.add("(" + String.join(" or ", due) + ")");
        return "select " + String.join(", ", read) + " from " + table.table() + " where "
                + String.join(" and ", conditions) + " order by " + key + " limit " + BATCH + " for update";
    }

    private Object[] params(SealedTable table, boolean everyRow, Object[] after) {
        List<Object> params = new ArrayList<>();
        if (after != null) {
            params.addAll(Arrays.asList(after));
        }
        if (!everyRow) {
            String current = cipher.currentKeyId()
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            table.columns().forEach(c -> params.add(current + ":%"));
        }
        return params.toArray();
    }

    private static Row row(SealedTable table, ResultSet r) throws SQLException {
        int keys = table.key().size();
        Object[] key = new Object[keys];
        for (int i = 0; i < keys; i++) {
            key[i] = r.getObject(i + 1);
        }
        String[] values = new String[table.columns().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.getString(keys + i + 1);
        }
        return new Row(key, values, table.sealedFlag() == null || r.getBoolean(keys + values.length + 1));
    }

    /** {@code update t set c = ?, c_fingerprint = ?, …, flag = true, version = version + 1 where k1 = ? and k2 = ?} */
    private static String update(SealedTable table) {
        List<String> set = new ArrayList<>();
        for (SealedTable.Column column : table.columns()) {
            set.add(column.name() + " = ?");
            if (column.fingerprint() != null) {
                set.add(column.fingerprint() + " = ?");
            }
        }
        if (table.sealedFlag() != null) {
            set.add(table.sealedFlag() + " = true");
        }
        if (table.version() != null) {
            set.add(table.version() + " = " + table.version() + " + 1");
        }
        return "update " + table.table() + " set " + String.join(", ", set) + " where "
                + String.join(" and ", table.key().stream().map(k -> k + " = ?").toList());
    }

    private Object[] resealed(SealedTable table, Row row) {
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < row.values().length; i++) {
            SealedTable.Column column = table.columns().get(i);
            String value = row.sealed() ? cipher.open(column.field(), row.values()[i]) : row.values()[i];
            params.add(cipher.seal(column.field(), value));
            if (column.fingerprint() != null) {
                params.add(cipher.fingerprint(column.field(), value));
            }
        }
        params.addAll(Arrays.asList(row.key()));
        return params.toArray();
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}

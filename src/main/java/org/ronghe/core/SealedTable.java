package org.ronghe.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table whose columns hold personal data sealed by {@link PersonalDataCipher}, declared as a bean by the module that
 * owns it so that a key rotation seals it again ({@link PersonalDataRotation}). A fingerprint is recomputed over the
 * opened value: a module fingerprints exactly the (normalised) value it seals.
 *
 * <pre>{@code
 * @Bean
 * static SealedTable sealedStudents() {
 *     return SealedTable.of("students", "id")
 *             .sealed("id_number_sealed", ID_NUMBER, "id_number_fingerprint")
 *             .sealed("mobile_sealed", MOBILE, "mobile_fingerprint")
 *             .where("not synthetic")
 *             .versioned("version");
 * }
 * }</pre>
 *
 * @param table the table
 * @param key the columns of its primary key, in order (a rotation pages through the table by them)
 * @param columns the sealed columns
 * @param where the rows that hold sealed values, as an SQL condition ({@code not synthetic} leaves out the bench's
 *     placeholders); null for every row
 * @param sealedFlag a boolean column that is false where a row's values are still in clear (written before the module
 *     sealed them): a rotation seals them and sets it; null when every value is sealed
 * @param version the optimistic-locking version of the aggregate the row is, raised with each row sealed again so that
 *     a save of the aggregate read before fails instead of writing the old values back; null for none
 */
public record SealedTable(
        String table, List<String> key, List<Column> columns, String where, String sealedFlag, String version) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    /**
     * A sealed column.
     *
     * @param name the column
     * @param field the field name it is sealed (and fingerprinted) for, as the module passes it to the cipher
     * @param fingerprint the column of its fingerprint; null when it has none
     */
    public record Column(String name, String field, String fingerprint) {

        public Column {
            plain(name);
            if (field == null || field.isBlank()) {
                throw new IllegalArgumentException("a sealed column needs its field name: " + name);
            }
            if (fingerprint != null) {
                plain(fingerprint);
            }
        }
    }

    public SealedTable {
        plain(table);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a sealed table needs its key: " + table);
        }
        key.forEach(SealedTable::plain);
        key = List.copyOf(key);
        columns = List.copyOf(columns);
        if (sealedFlag != null) {
            plain(sealedFlag);
        }
        if (version != null) {
            plain(version);
        }
    }

    private static String plain(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL name: " + name);
        }
        return name;
    }

    /** The table with its key columns and no sealed column yet. */
    public static SealedTable of(String table, String... key) {
        return new SealedTable(table, List.of(key), List.of(), null, null, null);
    }

    /** With a sealed column that has no fingerprint. */
    public SealedTable sealed(String column, String field) {
        return sealed(column, field, null);
    }

    /** With a sealed column and the column of its fingerprint. */
    public SealedTable sealed(String column, String field, String fingerprint) {
        List<Column> more = new ArrayList<>(columns);
        more.add(new Column(column, field, fingerprint));
        return new SealedTable(table, key, more, where, sealedFlag, version);
    }

    /** Only the rows that meet the SQL condition hold sealed values. */
    public SealedTable where(String condition) {
        return new SealedTable(table, key, columns, condition, sealedFlag, version);
    }

    /** Rows whose flag column is false hold their values in clear: a rotation seals them and sets the flag. */
    public SealedTable clearUnless(String flag) {
        return new SealedTable(table, key, columns, where, flag, version);
    }

    /** Rows are aggregates locked by this version column: a rotation raises it (a stale save then fails, ADR 0041). */
    public SealedTable versioned(String column) {
        return new SealedTable(table, key, columns, where, sealedFlag, column);
    }
}

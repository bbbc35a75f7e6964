package org.ronghe.core;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes many rows with PostgreSQL's {@code COPY … FROM STDIN} on the connection of the current transaction: several
 * times faster than batched inserts for imports of 100,000 rows, and rolled back with everything else when the
 * transaction fails.
 */
@Component
public class BulkCopy {

    private static final int FLUSH_CHARS = 64 * 1024;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    BulkCopy(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Draws {@code count} ids from the sequence behind {@code table.id} in one round trip. The sequence is looked up
     * once (a materialised CTE): calling {@code pg_get_serial_sequence} per row made drawing 100,000 ids take 0.9 s
     * instead of 0.07 s.
     */
    public List<Long> nextIds(String table, int count) {
        return jdbc.sql("with s as materialized (select pg_get_serial_sequence(?, 'id')::regclass seq) "
                        + "select nextval(s.seq) from s, generate_series(1, ?)")
                .params(table, count)
                .query(Long.class)
                .list();
    }

    /**
     * Copies the rows (values in column order; null, strings, numbers, booleans, dates, timestamps) into the table in
     * one {@code COPY}, sent every {@value #FLUSH_CHARS} characters: PostgreSQL inserts what it has received while the
     * next rows are formatted.
     */
    public void copy(String table, List<String> columns, List<Object[]> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyIn in = null;
        try {
            in = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)");
            Stamps stamps = new Stamps();
            StringBuilder csv = new StringBuilder(FLUSH_CHARS + 4_096);
            for (Object[] row : rows) {
                line(csv, row, stamps);
                if (csv.length() >= FLUSH_CHARS) {
                    send(in, csv);
                }
            }
            send(in, csv);
            in.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("copy into " + table + " failed: " + e.getMessage(), e);
        } finally {
            cancelUnfinished(in);
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void send(CopyIn in, StringBuilder csv) throws SQLException {
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        csv.setLength(0);
    }

    private static void cancelUnfinished(CopyIn in) {
        try {
            if (in != null && in.isActive()) {
                in.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction fails anyway; the first error is the one reported
        }
    }

    /** Rows of one copy share their timestamps: each distinct one is formatted once. */
    private static final class Stamps {
        private Timestamp last;
        private String text;

        String of(Timestamp timestamp) {
            if (timestamp != last) {
                last = timestamp;
                text = timestamp.toInstant().toString();
            }
            return text;
        }
    }

    private static void line(StringBuilder csv, Object[] row, Stamps stamps) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object value = row[i];
            if (value instanceof Timestamp timestamp) {
                csv.append(stamps.of(timestamp));
            } else if (value instanceof String text) {
                csv.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (value != null) {
                csv.append(value);
            }
        }
        csv.append('\n');
    }
}

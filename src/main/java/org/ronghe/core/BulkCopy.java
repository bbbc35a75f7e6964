package org.ronghe.core;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes many rows with PostgreSQL's {@code COPY … FROM STDIN} on the connection of the current
 * transaction: several times faster than batched inserts for imports of 100,000 rows, and rolled back
 * with everything else when the transaction fails.
 */
@Component
public class BulkCopy {

    private static final int ROWS_PER_COPY = 10_000;

    private final DataSource dataSource;

    BulkCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Copies the rows (values in column order; null, strings, numbers, booleans, dates, timestamps) into the table. */
    public void copy(String table, List<String> columns, List<Object[]> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)";
            for (int from = 0; from < rows.size(); from += ROWS_PER_COPY) {
                StringBuilder csv = new StringBuilder();
                rows.subList(from, Math.min(from + ROWS_PER_COPY, rows.size())).forEach(row -> line(csv, row));
                copy.copyIn(sql, new StringReader(csv.toString()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("copy into " + table + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void line(StringBuilder csv, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object value = row[i];
            if (value instanceof Timestamp timestamp) {
                csv.append(timestamp.toInstant());
            } else if (value instanceof String text) {
                csv.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (value != null) {
                csv.append(value);
            }
        }
        csv.append('\n');
    }
}

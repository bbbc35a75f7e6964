package org.ronghe.core.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.ronghe.core.RongheProperties;
import org.ronghe.core.backup.BackupRestore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Starts an embedded PostgreSQL under {@code <data dir>/postgres} when no {@code spring.datasource.url} is configured
 * ({@code ronghe.database.ephemeral=true}: in a temporary directory, for tests). Durability settings that zonky turns
 * off for tests are turned back on; the server is stopped by Spring after the connection pool, not by a JVM hook.
 * Nobody connects without a password; Flyway migrates as the superuser and the application works as role {@code ronghe}
 * ({@link EmbeddedDatabaseRoles}, ADR 0015).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean
    DatabaseCredentials databaseCredentials(
            RongheProperties properties, @Value("${ronghe.database.ephemeral:false}") boolean ephemeral)
            throws IOException {
        return ephemeral ? DatabaseCredentials.generated() : DatabaseCredentials.of(properties.dataDir());
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            RongheProperties properties,
            DatabaseCredentials credentials,
            @Value("${ronghe.database.ephemeral:false}") boolean ephemeral)
            throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setConnectConfig("password", credentials.superuserPassword())
                .setLocaleConfig("encoding", "UTF8")
                .setPGStartupWait(Duration.ofSeconds(60));
        Path passwordFile = Files.createTempFile(
                "ronghe-pg-",
                ".pw",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            if (ephemeral) {
                log.info("Starting an ephemeral embedded PostgreSQL (data discarded at shutdown)");
                passwordsAtInitdb(builder, passwordFile, credentials);
            } else {
                Path directory = properties
                        .dataDir()
                        .resolve("postgres")
                        .toAbsolutePath()
                        .normalize();
                Files.createDirectories(directory.getParent());
                OrphanedPostmaster.stopIfRunning(directory);
                if (!Files.exists(directory.resolve("postgresql.conf"))) {
                    passwordsAtInitdb(builder, passwordFile, credentials);
                }
                log.info("Starting embedded PostgreSQL in {}", directory);
                builder.setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabaseRoles.secure(postgres.getPostgresDatabase(), credentials);
            return postgres;
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    /**
     * A new cluster is created with the superuser's password and SCRAM for every connection from its first moment
     * (zonky passes these on to initdb after its own {@code -A trust}, and initdb takes the last word).
     */
    private static void passwordsAtInitdb(
            EmbeddedPostgres.Builder builder, Path passwordFile, DatabaseCredentials credentials) throws IOException {
        Files.writeString(passwordFile, credentials.superuserPassword());
        builder.setLocaleConfig("pwfile", passwordFile.toString())
                .setLocaleConfig("auth-local", "scram-sha-256")
                .setLocaleConfig("auth-host", "scram-sha-256");
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres, DatabaseCredentials credentials) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(DatabaseCredentials.APP_ROLE, "postgres"));
        dataSource.setUsername(DatabaseCredentials.APP_ROLE);
        dataSource.setPassword(credentials.appPassword());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("ronghe-embedded");
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }

    /** Flyway alone works as the superuser, on connections opened for the migration and closed after it. */
    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(EmbeddedPostgres postgres, DatabaseCredentials credentials) {
        return new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                postgres.getJdbcUrl(DatabaseCredentials.SUPERUSER, "postgres"),
                DatabaseCredentials.SUPERUSER,
                credentials.superuserPassword());
    }

    /**
     * With {@code ronghe.restore-from} (RONGHE_RESTORE_FROM) naming a backup, a fresh database gets its rows right
     * after the schema is created, before demo data or the bootstrap admin could be written.
     */
    @Bean
    Callback restoreFromBackup(
            @Value("${ronghe.restore-from:}") String from,
            EmbeddedPostgres postgres,
            DatabaseCredentials credentials,
            RongheProperties properties) {
        return new BaseCallback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_MIGRATE && !from.isBlank();
            }

            @Override
            public void handle(Event event, Context context) {
                BackupRestore.restore(migrationDataSource(postgres, credentials), Path.of(from), properties.dataDir());
            }
        };
    }

    /** After every migration the application role gets rows of the new tables, and no more. */
    @Bean
    Callback applicationRoleGrants() {
        return new BaseCallback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_MIGRATE;
            }

            @Override
            public void handle(Event event, Context context) {
                try {
                    EmbeddedDatabaseRoles.grant(context.getConnection());
                } catch (SQLException e) {
                    throw new IllegalStateException("could not grant the application role its rights", e);
                }
            }
        };
    }
}

package org.ronghe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.core.backup.Backup;
import org.ronghe.core.backup.Backups;
import org.ronghe.core.files.FileStore;
import org.ronghe.core.files.StoredFile;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationQuery;
import org.ronghe.directory.OrganisationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** A backup of one data directory restored into a fresh one: the same rows, files, passwords and search. */
class BackupRestoreTests {

    static final List<String> TABLES = List.of(
            "organisations",
            "bodies",
            "memberships",
            "accounts",
            "agreements",
            "obligations",
            "stored_files",
            "programmes");
    static final String KEYS = "k1:" + Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void aBackupRestoresIntoAFreshDataDirectoryWithItsRowsFilesAndPasswords() throws Exception {
        Backup backup;
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        String relative;
        long lastAudit;
        try (ConfigurableApplicationContext app = start(first)) {
            app.getBean(Directory.class)
                    .register(
                            new OrganisationDraft(
                                    "备份测试有色金属企业",
                                    OrganisationType.ENTERPRISE,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null),
                            true);
            StoredFile file = app.getBean(TransactionTemplate.class)
                    .execute(s -> app.getBean(FileStore.class)
                            .storeDocument("章程.pdf", new ByteArrayInputStream(TestFiles.PDF)));
            relative = file.relativePath();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
            lastAudit = jdbc.queryForObject("select max(id) from audit_records", Long.class);
            backup = app.getBean(Backups.class).create();
            Path unfinished = Files.createDirectories(first.resolve("backups/ronghe-20261204-000000000.partial/db"));
            app.getBean(Backups.class).removeUnfinished();
            assertThat(unfinished.getParent()).doesNotExist();
            assertThat(app.getBean(Backups.class).names()).containsExactly(backup.name());
        }
        Path saved = first.resolve("backups").resolve(backup.name());
        assertThat(backup.rows()).isPositive();

        try (ConfigurableApplicationContext app = start(second, "--ronghe.restore-from=" + saved)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            TABLES.forEach(t -> assertThat(jdbc.queryForObject("select count(*) from " + t, Long.class))
                    .as(t)
                    .isEqualTo(counts.get(t)));
            assertThat(jdbc.queryForObject("select count(*) from audit_records where id = ?", Long.class, lastAudit))
                    .isEqualTo(1);
            assertThat(Files.readAllBytes(second.resolve("files").resolve(relative)))
                    .isEqualTo(TestFiles.PDF);
            assertThat(app.getBean(PasswordEncoder.class)
                            .matches(
                                    "Backup-Test-2026",
                                    jdbc.queryForObject(
                                            "select password_hash from accounts where username = 'admin'",
                                            String.class)))
                    .isTrue();
            Directory directory = app.getBean(Directory.class);
            assertThat(directory
                            .search(OrganisationQuery.text("备份测试", null), 0, 10)
                            .total())
                    .isEqualTo(1);
            Long next = directory
                    .register(
                            new OrganisationDraft(
                                    "恢复后新登记企业", OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                            true)
                    .id();
            assertThat(next)
                    .isGreaterThan(jdbc.queryForObject(
                            "select max(id) from organisations where name <> '恢复后新登记企业'", Long.class));
        }
    }

    private ConfigurableApplicationContext start(Path dataDir, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--ronghe.data-dir=" + dataDir,
                "--server.port=0",
                "--ronghe.admin.password=Backup-Test-2026",
                "--ronghe.personal-data.keys=" + KEYS,
                "--ronghe.personal-data.fingerprint-key=" + KEYS.substring(3),
                "--ronghe.backups.cron=-"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(RongheApplication.class).run(args.toArray(String[]::new));
    }
}

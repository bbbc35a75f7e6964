package org.ronghe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.community.Community;
import org.ronghe.core.internal.SearchIndexMaintenance;
import org.ronghe.directory.Directory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The platform as a user runs it: persistent data directory, stopped and started again. */
class RestartTests {

    @TempDir
    Path dataDir;

    @Test
    void restartKeepsDataAndDoesNotLoadTheDemoTwice() throws Exception {
        long bodies;
        long organisations;
        try (ConfigurableApplicationContext first = start()) {
            bodies = first.getBean(Community.class).search("", 0, 100).total();
            organisations = first.getBean(Directory.class)
                    .search(org.ronghe.directory.OrganisationQuery.text("", null), 0, 100)
                    .total();
            assertThat(bodies).as("five seed bodies and the sample").isEqualTo(6);
            // renamed behind the index's back: only a rebuild brings the index in step
            first.getBean(JdbcTemplate.class).update("update bodies set name = '索引重建测试联合体' where name = '安庆市域产教联合体'");
        }
        assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();
        Path mappingVersion = dataDir.resolve("index/mapping-version");
        assertThat(mappingVersion).hasContent(SearchIndexMaintenance.MAPPING_VERSION);
        // as an index written by an earlier version would be: its documents are rebuilt in the current form
        Files.writeString(mappingVersion, "1");
        try (ConfigurableApplicationContext second = start()) {
            Community community = second.getBean(Community.class);
            assertThat(community.search("", 0, 100).total()).isEqualTo(bodies);
            assertThat(second.getBean(Directory.class)
                            .search(org.ronghe.directory.OrganisationQuery.text("", null), 0, 100)
                            .total())
                    .isEqualTo(organisations);
            assertThat(community.search("有色", 0, 10).items()).hasSize(1);
            assertThat(community.search("索引重建", 0, 10).items()).hasSize(1);
            assertThat(mappingVersion).hasContent(SearchIndexMaintenance.MAPPING_VERSION);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from accounts where username = 'admin'", Long.class))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from bodies", Long.class))
                    .isEqualTo(bodies);
            assertThat(jdbc.queryForObject("select count(*) from accounts where username like 'sample-%'", Long.class))
                    .as("the seven sample accounts, once")
                    .isEqualTo(7);
        }
    }

    /** A cluster made by an earlier version trusted every local connection; its next start requires passwords. */
    @Test
    void aDatabaseFromAnEarlierVersionIsLockedDownOnItsNextStart() throws Exception {
        try (var legacy = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir.resolve("postgres"))
                        .setCleanDataDirectory(false)
                        .start();
                var connection = java.sql.DriverManager.getConnection(
                        legacy.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
            assertThat(connection.isValid(1)).isTrue();
        }
        try (ConfigurableApplicationContext app = start("--ronghe.demo=seed")) {
            int port = app.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class)
                    .getPort();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> java.sql.DriverManager.getConnection(
                                    "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "")
                            .close())
                    .isInstanceOf(java.sql.SQLException.class);
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("select current_user", String.class))
                    .isEqualTo("ronghe");
            assertThat(app.getBean(Community.class).search("", 0, 100).total())
                    .as("RONGHE_DEMO=seed: no sample")
                    .isEqualTo(5);
        }
        Path keys = dataDir.resolve("keys");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)))
                .isEqualTo("rwx------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(keys.resolve("database.properties"))))
                .isEqualTo("rw-------");
    }

    private ConfigurableApplicationContext start(String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--ronghe.data-dir=" + dataDir, "--server.port=0", "--ronghe.admin.password=Restart-Test-2026"));
        args.addAll(java.util.List.of(more));
        return new SpringApplicationBuilder(RongheApplication.class).run(args.toArray(String[]::new));
    }
}

package org.ronghe;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.community.Community;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** With SPRING_DATASOURCE_URL set, Ronghe uses that PostgreSQL and starts none of its own. */
class ExternalDatabaseTests {

    @TempDir
    Path dataDir;

    @Test
    void usesTheConfiguredDatabaseInsteadOfTheEmbeddedOne() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(RongheApplication.class)
                        .run(
                                "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                                "--spring.datasource.username=postgres",
                                "--ronghe.data-dir=" + dataDir,
                                "--server.port=0",
                                "--ronghe.admin.password=External-Db-2026",
                                "--ronghe.demo=seed")) {
            assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            assertThat(app.getBean(Community.class).search("", 0, 10).total()).isEqualTo(5);
            try (var connection = external.getPostgresDatabase().getConnection();
                    var rows = connection.createStatement().executeQuery("select count(*) from bodies")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(5);
            }
        }
    }
}

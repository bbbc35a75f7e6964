package org.ronghe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The platform as a user runs it: persistent data directory, stopped and started again. */
class RestartTests {

    @TempDir
    Path dataDir;

    @Test
    void restartKeepsDataAndDoesNotLoadTheDemoTwice() {
        long bodies;
        long organisations;
        try (ConfigurableApplicationContext first = start()) {
            bodies = first.getBean(Community.class).search("", 0, 100).total();
            organisations = first.getBean(Directory.class).search(org.ronghe.directory.OrganisationQuery.text("", null), 0, 100).total();
            assertThat(bodies).isEqualTo(5);
        }
        assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();
        try (ConfigurableApplicationContext second = start()) {
            Community community = second.getBean(Community.class);
            assertThat(community.search("", 0, 100).total()).isEqualTo(bodies);
            assertThat(second.getBean(Directory.class).search(org.ronghe.directory.OrganisationQuery.text("", null), 0, 100).total()).isEqualTo(organisations);
            assertThat(community.search("有色", 0, 10).items()).hasSize(1);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from accounts where username = 'admin'", Long.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from bodies", Long.class)).isEqualTo(bodies);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RongheApplication.class).run(
                "--ronghe.data-dir=" + dataDir, "--server.port=0", "--ronghe.admin.password=Restart-Test-2026");
    }
}

package org.ronghe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(RongheApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** The drawing of all modules, and a page (naming its base package) and a drawing per module. */
    @Test
    void writesModuleDocumentation() throws IOException {
        Path out = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(out.toString())).writeDocumentation();
        assertThat(Files.readString(out.resolve("components.puml"))).contains("Workbench", "Talent", "Core");
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            assertThat(out.resolve("module-" + name + ".puml")).isNotEmptyFile();
            assertThat(Files.readString(out.resolve("module-" + name + ".adoc")))
                    .contains("`" + module.getBasePackage().getName() + "`");
        }
    }
}

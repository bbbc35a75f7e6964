package org.ronghe.docking;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The docking module's rooms, lowest first: a room may use the rooms below it, never one above it; the pages and JSON
 * ({@code web}) and the listeners ({@code internal}) sit on top and no room uses them. Draws the rooms and their
 * references to {@code target/docking-rooms.puml}.
 */
class DockingRoomsTests {

    private static final String BASE = "org.ronghe.docking.";
    private static final List<String> ROOMS = List.of(
            "demands",
            "capabilities",
            "products",
            "matching",
            "dockings",
            "imports",
            "majors",
            "fairs",
            "internal",
            "web");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE.substring(0, BASE.length() - 1));

    @Test
    void noRoomReachesUpToARoomAboveIt() {
        Map<String, Long> upward = references().entrySet().stream()
                .filter(e ->
                        rank(e.getKey().split(" --> ")[0]) < rank(e.getKey().split(" --> ")[1]))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(upward).as("references running up between rooms").isEmpty();
    }

    @Test
    void everyClassLivesInARoom() {
        assertThat(classes.stream()
                        .filter(c -> room(c.getPackageName()).isEmpty())
                        .filter(c -> !c.getSimpleName().equals("package-info"))
                        .map(c -> c.getName())
                        .toList())
                .isEmpty();
    }

    @Test
    void drawsTheRooms() throws IOException {
        Path out = Path.of("target", "docking-rooms.puml");
        Files.createDirectories(out.getParent());
        StringBuilder puml = new StringBuilder("@startuml\ntitle Docking: rooms and their references\n");
        ROOMS.forEach(r -> puml.append("component ").append(r).append('\n'));
        references()
                .forEach((arrow, count) ->
                        puml.append(arrow).append(" : ").append(count).append('\n'));
        Files.writeString(out, puml.append("@enduml\n").toString());
        assertThat(Files.readString(out)).contains("matching --> demands", "fairs --> matching", "web --> dockings");
    }

    /** "from --> to" between two rooms, with the number of references. */
    private Map<String, Long> references() {
        return classes.stream()
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(this::arrow)
                .flatMap(Optional::stream)
                .collect(Collectors.groupingBy(a -> a, TreeMap::new, Collectors.counting()));
    }

    private Optional<String> arrow(Dependency d) {
        Optional<String> from = room(d.getOriginClass().getPackageName());
        Optional<String> to = room(d.getTargetClass().getPackageName());
        return from.isPresent() && to.isPresent() && !from.equals(to)
                ? Optional.of(from.get() + " --> " + to.get())
                : Optional.empty();
    }

    private static Optional<String> room(String packageName) {
        return packageName.startsWith(BASE)
                ? Optional.of(packageName.substring(BASE.length()).split("\\.")[0])
                        .filter(ROOMS::contains)
                : Optional.empty();
    }

    private static int rank(String room) {
        return ROOMS.indexOf(room);
    }
}

package org.ronghe;

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

/**
 * The rooms of a module (its sub-packages), lowest first: which references run up between them, which classes live in
 * none, and a drawing of them all (PlantUML). Used by the modules' rooms tests (ADR 0023).
 */
public final class Rooms {

    private final String base;
    private final List<String> rooms;
    private final JavaClasses classes;

    /** The rooms of the module {@code modulePackage}, lowest first. */
    public Rooms(String modulePackage, List<String> rooms) {
        this.base = modulePackage + ".";
        this.rooms = List.copyOf(rooms);
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(modulePackage);
    }

    /** "from --> to" for each reference from a room to one above it, with the number of references. */
    public Map<String, Long> upward() {
        return references().entrySet().stream()
                .filter(e ->
                        rank(e.getKey().split(" --> ")[0]) < rank(e.getKey().split(" --> ")[1]))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The classes that live in no room (package-info aside). */
    public List<String> homeless() {
        return classes.stream()
                .filter(c -> room(c.getPackageName()).isEmpty())
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .map(c -> c.getName())
                .toList();
    }

    /** Draws the rooms and the references between them to {@code target/<name>.puml}; returns the drawing. */
    public String draw(String name, String title) throws IOException {
        Path out = Path.of("target", name + ".puml");
        Files.createDirectories(out.getParent());
        StringBuilder puml = new StringBuilder("@startuml\ntitle " + title + "\n");
        rooms.forEach(r -> puml.append("component ").append(r).append('\n'));
        references()
                .forEach((arrow, count) ->
                        puml.append(arrow).append(" : ").append(count).append('\n'));
        Files.writeString(out, puml.append("@enduml\n").toString());
        return Files.readString(out);
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

    private Optional<String> room(String packageName) {
        return packageName.startsWith(base)
                ? Optional.of(packageName.substring(base.length()).split("\\.")[0])
                        .filter(rooms::contains)
                : Optional.empty();
    }

    private int rank(String room) {
        return rooms.indexOf(room);
    }
}

package org.ronghe.evaluation.frameworks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.Versions;
import org.ronghe.core.figures.FigureDefinition;
import org.ronghe.core.figures.FigureSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes frameworks: a draft is checked against the figures the modules offer before it is kept, published once, and
 * never changed after; changing a published framework starts its next version.
 */
@Service
@Transactional
public class FrameworkBook {

    /** A framework's code: lower-case letters, digits and hyphens, e.g. {@code city-consortium}. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private static final int NAME_MAX = 200;

    private final Frameworks frameworks;
    private final List<FigureSource> sources;
    private final Clock clock;

    FrameworkBook(Frameworks frameworks, List<FigureSource> sources, Clock clock) {
        this.frameworks = frameworks;
        this.sources = sources;
        this.clock = clock;
    }

    /** Every figure a computed point may read, by key. */
    @Transactional(readOnly = true)
    public List<FigureDefinition> figures() {
        return sources.stream()
                .flatMap(s -> s.definitions().stream())
                .sorted(Comparator.comparing(FigureDefinition::key))
                .toList();
    }

    /** The keys of every figure a computed point may read. */
    @Transactional(readOnly = true)
    public Set<String> figureKeys() {
        return figures().stream().map(FigureDefinition::key).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public Framework draft(String code, String name, String bodyKind, Definition definition) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "framework.code-format"));
        }
        String cleanName = FieldProblem.trimmed(name, "name", NAME_MAX, problems);
        if (cleanName == null) {
            problems.add(new FieldProblem("name", "input.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        check(definition);
        if (frameworks.findFirstByCodeOrderByNumberDesc(code).isPresent()) {
            throw new RuleBroken("framework.code-taken");
        }
        return frameworks.save(
                Framework.draft(code, cleanName, bodyKind, definition, clock.instant(), Actor.current()));
    }

    public Framework revise(Long id, long expectedVersion, String name, Definition definition) {
        Framework framework = get(id, expectedVersion);
        String clean = name == null || name.isBlank() ? framework.name() : name.strip();
        if (clean.length() > NAME_MAX) {
            throw new InvalidInput("name", "input.too-long", NAME_MAX, clean.length());
        }
        check(definition);
        framework.revise(clean, definition);
        return framework;
    }

    public Framework publish(Long id, long expectedVersion) {
        Framework framework = get(id, expectedVersion);
        check(framework.definition());
        framework.publish(clock.instant());
        return framework;
    }

    /** The next version of a published framework, as a draft; the latest version only. */
    public Framework nextVersion(Long id) {
        Framework framework = get(id);
        Framework latest =
                frameworks.findFirstByCodeOrderByNumberDesc(framework.code()).orElseThrow();
        if (!latest.id().equals(id) || framework.status() == Framework.Status.DRAFT) {
            throw new RuleBroken("framework.not-latest-published");
        }
        return frameworks.save(framework.nextVersion(clock.instant(), Actor.current()));
    }

    @Transactional(readOnly = true)
    public Framework get(Long id) {
        return frameworks.findById(id).orElseThrow(() -> new NotFound("framework", id));
    }

    private Framework get(Long id, long expectedVersion) {
        Framework framework = get(id);
        Versions.require("framework", id, framework.version(), expectedVersion);
        return framework;
    }

    private void check(Definition definition) {
        List<FieldProblem> problems = definition.problems(figureKeys());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}

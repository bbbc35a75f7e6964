package org.ronghe.evaluation.frameworks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ronghe.core.FieldProblem;

/**
 * What a framework version says, as one document: its groups, indicators and points, and its grade scale; and the grade
 * given when a veto point fails or no grade is reached.
 */
public record Definition(List<Group> groups, List<Grade> scale, String failingGrade) {

    public Definition {
        groups = List.copyOf(groups);
        scale = scale.stream()
                .sorted(Comparator.comparing(Grade::atLeast).reversed())
                .toList();
    }

    public Stream<Point> points() {
        return groups.stream().flatMap(Group::points);
    }

    public BigDecimal maxScore() {
        return groups.stream().map(Group::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<Point> point(String code) {
        return points().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The grade a total earns, unless a veto point failed. */
    public String grade(BigDecimal total, boolean vetoed) {
        if (vetoed) {
            return failingGrade;
        }
        return scale.stream()
                .filter(g -> total.compareTo(g.atLeast()) >= 0)
                .findFirst()
                .map(Grade::name)
                .orElse(failingGrade);
    }

    /**
     * What is wrong with the definition, each named by the code of the point it concerns (or {@code definition}); empty
     * when it can be used.
     *
     * @param figures the keys of the figures the modules offer
     */
    public List<FieldProblem> problems(Set<String> figures) {
        List<FieldProblem> problems = new ArrayList<>();
        if (groups.isEmpty() || scale.isEmpty() || failingGrade == null || failingGrade.isBlank()) {
            problems.add(new FieldProblem("definition", "framework.incomplete"));
        }
        Set<String> codes = new HashSet<>();
        points().forEach(p -> {
            String code = p.code() == null ? "definition" : p.code();
            p.problems().forEach(k -> problems.add(new FieldProblem(code, k)));
            if (!codes.add(code)) {
                problems.add(new FieldProblem(code, "framework.point.duplicate"));
            }
            if (p.kind() == Point.Kind.COMPUTED && p.figure() != null && !figures.contains(p.figure())) {
                problems.add(new FieldProblem(code, "framework.point.unknown-figure"));
            }
        });
        return problems;
    }
}

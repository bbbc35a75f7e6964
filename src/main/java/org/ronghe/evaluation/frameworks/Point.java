package org.ronghe.evaluation.frameworks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An observation point (观测点), the leaf of a framework: either computed from a named figure by a rule, or scored by the
 * reviewer from evidence (a file and a statement). A veto point (否定性) scores nothing: failing it fails the whole
 * evaluation — a computed one fails when its rule gives nothing, an evidence one when the reviewer says so.
 *
 * @param code unique within the framework, e.g. {@code 2.3.1}
 * @param maxScore the most it can score (分值); zero for a veto point
 * @param figure for a computed point, the key of the figure it reads
 * @param veto whether it is a veto point; false when not given
 */
public record Point(String code, String name, Kind kind, BigDecimal maxScore, String figure, Rule rule, Boolean veto) {

    public Point {
        veto = Boolean.TRUE.equals(veto);
    }

    public enum Kind {
        COMPUTED,
        EVIDENCE
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            problems.add("framework.point.named");
        }
        if (kind == null) {
            problems.add("framework.point.kind");
            return problems;
        }
        if (veto ? maxScore != null && maxScore.signum() != 0 : maxScore == null || maxScore.signum() <= 0) {
            problems.add("framework.point.score");
        }
        if (kind == Kind.COMPUTED) {
            if (figure == null || figure.isBlank() || rule == null) {
                problems.add("framework.point.figure");
            } else {
                problems.addAll(rule.problems());
            }
        }
        return problems;
    }
}

package org.ronghe.evaluation.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rules turn figures into shares of a point's score; a definition grades totals and says what is wrong with it. */
class DefinitionTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void rulesGiveAShareOfThePointsScore() {
        Rule linear = Rule.linear(d("0.6"), d("0.9"));
        assertThat(linear.share(d("0.5"))).isEqualByComparingTo("0");
        assertThat(linear.share(d("0.75"))).isEqualByComparingTo("0.5");
        assertThat(linear.share(d("0.95"))).isEqualByComparingTo("1");

        Rule steps =
                Rule.thresholds(List.of(new Rule.Threshold(d("100"), d("1")), new Rule.Threshold(d("50"), d("0.6"))));
        assertThat(steps.share(d("49"))).isEqualByComparingTo("0");
        assertThat(steps.share(d("50"))).isEqualByComparingTo("0.6");
        assertThat(steps.share(d("157"))).isEqualByComparingTo("1");

        assertThat(Rule.yesNo().share(d("0"))).isEqualByComparingTo("0");
        assertThat(Rule.yesNo().share(d("2"))).isEqualByComparingTo("1");
    }

    @Test
    void aVetoFailsWhateverTheTotalAndTheScaleGradesTheRest() {
        Definition definition = new Definition(
                List.of(new Group(
                        "1",
                        "基础性",
                        List.of(new Indicator(
                                "1.1",
                                "治理",
                                List.of(
                                        point("1.1.1", d("60"), false),
                                        point("1.1.2", d("40"), false),
                                        point("3.1.1", null, true)))))),
                List.of(new Grade("合格", d("60")), new Grade("优秀", d("90")), new Grade("良好", d("75"))),
                "不合格");
        assertThat(definition.maxScore()).isEqualByComparingTo("100");
        assertThat(definition.grade(d("95"), false)).isEqualTo("优秀");
        assertThat(definition.grade(d("75"), false)).isEqualTo("良好");
        assertThat(definition.grade(d("59.9"), false)).isEqualTo("不合格");
        assertThat(definition.grade(d("100"), true)).isEqualTo("不合格");
        assertThat(definition.problems(Set.of("community.members"))).isEmpty();
    }

    @Test
    void problemsNameThePointTheyConcern() {
        Definition definition = new Definition(
                List.of(new Group(
                        "1",
                        "基础性",
                        List.of(new Indicator(
                                "1.1",
                                "治理",
                                List.of(
                                        point("1.1.1", d("60"), false),
                                        point("1.1.1", d("40"), false),
                                        new Point(
                                                "1.1.3",
                                                "规模",
                                                Point.Kind.COMPUTED,
                                                d("10"),
                                                "no.such-figure",
                                                Rule.yesNo(),
                                                false),
                                        new Point(
                                                "1.1.4",
                                                "履约",
                                                Point.Kind.COMPUTED,
                                                d("10"),
                                                "community.members",
                                                Rule.linear(d("1"), d("1")),
                                                false),
                                        new Point("1.1.5", "证明", Point.Kind.EVIDENCE, null, null, null, false)))))),
                List.of(new Grade("合格", d("60"))),
                "不合格");
        assertThat(definition.problems(Set.of("community.members")))
                .extracting(p -> p.code() + ":" + p.field())
                .containsExactlyInAnyOrder(
                        "framework.point.duplicate:1.1.1",
                        "framework.point.unknown-figure:1.1.3",
                        "framework.rule.linear-bounds:1.1.4",
                        "framework.point.score:1.1.5");
    }

    private static Point point(String code, BigDecimal score, boolean veto) {
        return new Point(code, "观测点" + code, Point.Kind.COMPUTED, score, "community.members", Rule.yesNo(), veto);
    }
}

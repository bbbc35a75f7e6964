package org.ronghe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestClock;
import org.ronghe.community.Admissions;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.core.RuleBroken;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.evaluation.cycles.Evaluation;
import org.ronghe.evaluation.cycles.EvaluationBook;
import org.ronghe.evaluation.frameworks.Definition;
import org.ronghe.evaluation.frameworks.Framework;
import org.ronghe.evaluation.frameworks.FrameworkBook;
import org.ronghe.evaluation.frameworks.Frameworks;
import org.ronghe.evaluation.frameworks.Group;
import org.ronghe.evaluation.frameworks.Indicator;
import org.ronghe.evaluation.frameworks.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cycle on the shipped city-consortium framework: figures frozen on submission while the records move on, a score
 * adjusted only with a reason, a veto failing the grade whatever the total, and framework edits never reaching it.
 */
@IntegrationTest
class EvaluationCycleTests {

    @Autowired
    EvaluationBook book;

    @Autowired
    FrameworkBook frameworkBook;

    @Autowired
    Frameworks frameworks;

    @Autowired
    Community community;

    @Autowired
    Admissions admissions;

    @Autowired
    Directory directory;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    String tag;
    Long body;
    int year;
    Framework city;

    @BeforeEach
    void body() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("评价周期联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, null, null, null))
                .id();
        year = LocalDate.now(clock).getYear();
        city = frameworks.findByCodeOrderByNumberDesc("city-consortium").stream()
                .filter(f -> f.status() == Framework.Status.PUBLISHED)
                .findFirst()
                .orElseThrow();
        admissions.admit(body, organisation("周期企业" + tag), LocalDate.of(year, 2, 1), null);
    }

    @Test
    void submittedFiguresStayFrozenWhileTheRecordsMoveOn() {
        Evaluation evaluation = book.open(body, year, city.id());
        evaluation = book.declare(
                evaluation.id(),
                evaluation.version(),
                "1.2.1",
                new EvaluationBook.Declaration(new BigDecimal("60"), "含待审成员", null),
                null,
                null);
        evaluation = book.submit(evaluation.id(), evaluation.version());
        assertThat(evaluation.entry("1.2.1").frozenValue()).isEqualByComparingTo("1");
        assertThat(evaluation.entry("1.2.1").declared()).isEqualByComparingTo("60");
        assertThat(evaluation.entry("1.2.1").frozenHref()).isEqualTo("/bodies/" + body + "/members");

        admissions.admit(body, organisation("后加入企业" + tag), LocalDate.of(year, 3, 1), null);
        Evaluation later = book.get(evaluation.id());
        assertThat(later.entry("1.2.1").frozenValue()).isEqualByComparingTo("1");
        assertThat(book.live(later).get("community.members").value()).isEqualByComparingTo("2");

        long version = later.version();
        Long id = later.id();
        assertThatThrownBy(() -> book.declare(
                        id, version, "1.2.1", new EvaluationBook.Declaration(BigDecimal.TEN, null, null), null, null))
                .isInstanceOf(RuleBroken.class);
    }

    @Test
    void aScoreChangesOnlyWithAReasonAndAVetoFailsTheGrade() {
        Evaluation evaluation = book.open(body, year, city.id());
        evaluation = book.declare(
                evaluation.id(),
                evaluation.version(),
                "2.3.2",
                new EvaluationBook.Declaration(null, null, new BigDecimal("4")),
                null,
                null);
        evaluation = book.submit(evaluation.id(), evaluation.version());
        assertThat(evaluation.entry("3.1.2").vetoFailed())
                .as("no charter adopted")
                .isTrue();
        long v = evaluation.version();
        Long id = evaluation.id();
        assertThatThrownBy(() -> book.adjust(id, v, "2.3.2", new BigDecimal("5"), null, " "))
                .isInstanceOf(RuleBroken.class);
        assertThatThrownBy(() -> book.adjust(id, v, "2.3.2", new BigDecimal("6"), null, "超出分值"))
                .isInstanceOf(RuleBroken.class);

        evaluation = book.adjust(id, v, "2.3.2", new BigDecimal("5"), null, "案例经核实");
        assertThat(evaluation.entry("2.3.2").score()).isEqualByComparingTo("4");
        assertThat(evaluation.entry("2.3.2").finalScore()).isEqualByComparingTo("5");
        evaluation = book.grade(id, evaluation.version());
        assertThat(evaluation.vetoed()).isTrue();
        assertThat(evaluation.grade()).isEqualTo("不合格");
        assertThat(evaluation.total()).isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where subject = ? and action = 'evaluation.score-adjusted'",
                        Long.class,
                        "evaluation:" + id))
                .isEqualTo(1);
    }

    @Test
    void aNewFrameworkVersionDoesNotReachARunningCycle() {
        Evaluation running = book.open(body, year, city.id());
        Framework next = frameworkBook.nextVersion(city.id());
        assertThat(next.number()).isEqualTo(city.number() + 1);
        Definition renamed = renamed(next.definition(), "1.2.1", "1.2.1-新");
        next = frameworkBook.revise(next.id(), next.version(), null, renamed);
        next = frameworkBook.publish(next.id(), next.version());
        try {
            Evaluation submitted = book.submit(running.id(), running.version());
            assertThat(submitted.frameworkId()).isEqualTo(city.id());
            assertThat(book.definition(submitted).point("1.2.1-新")).isEmpty();
            assertThat(submitted.entry("1.2.1").frozenValue()).isEqualByComparingTo("1");
        } finally {
            frameworks.delete(next);
        }
    }

    /** The definition with one point's code changed. */
    private static Definition renamed(Definition d, String code, String newCode) {
        return new Definition(
                d.groups().stream()
                        .map(g -> new Group(
                                g.code(),
                                g.name(),
                                g.indicators().stream()
                                        .map(i -> new Indicator(
                                                i.code(),
                                                i.name(),
                                                i.points().stream()
                                                        .map(p -> p.code().equals(code)
                                                                ? new Point(
                                                                        newCode,
                                                                        p.name(),
                                                                        p.kind(),
                                                                        p.maxScore(),
                                                                        p.figure(),
                                                                        p.rule(),
                                                                        p.veto())
                                                                : p)
                                                        .toList()))
                                        .toList()))
                        .toList(),
                d.scale(),
                d.failingGrade());
    }

    private Long organisation(String name) {
        return directory
                .register(
                        new OrganisationDraft(
                                name, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
    }
}

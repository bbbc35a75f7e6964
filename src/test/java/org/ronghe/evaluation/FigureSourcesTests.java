package org.ronghe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestClock;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.agreement.AgreementDraft;
import org.ronghe.agreement.AgreementKind;
import org.ronghe.agreement.Obligation;
import org.ronghe.agreement.ObligationBook;
import org.ronghe.agreement.ObligationDraft;
import org.ronghe.agreement.Party;
import org.ronghe.agreement.PartyRole;
import org.ronghe.community.Admissions;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.community.Governance;
import org.ronghe.community.MeetingDraft;
import org.ronghe.community.MeetingView;
import org.ronghe.community.MembershipStep;
import org.ronghe.core.figures.BodyPeriod;
import org.ronghe.core.figures.Figure;
import org.ronghe.core.figures.FigureDefinition;
import org.ronghe.core.figures.FigureSource;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Each module's figures for a body and a year follow its records and the dates in them: members on the last day of the
 * year, meetings and charters, agreements signed and in force, obligation periods due and confirmed with their money.
 */
@IntegrationTest
class FigureSourcesTests {

    @Autowired
    List<FigureSource> sources;

    @Autowired
    TestClock clock;

    @Autowired
    Directory directory;

    @Autowired
    Community community;

    @Autowired
    Admissions admissions;

    @Autowired
    Governance governance;

    @Autowired
    AgreementBook agreements;

    @Autowired
    ObligationBook obligations;

    @Autowired
    MessageSource messages;

    String tag;
    Long body;
    int year;

    @BeforeEach
    void body() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("评价测试联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, null, null, null))
                .id();
        year = LocalDate.now(clock).getYear();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void everyFigureIsComputedAndNamedInEveryLanguage() {
        for (FigureSource source : sources) {
            List<String> defined =
                    source.definitions().stream().map(FigureDefinition::key).toList();
            List<String> computed = source.figures(BodyPeriod.year(body, year)).stream()
                    .map(Figure::key)
                    .toList();
            assertThat(computed).containsExactlyInAnyOrderElementsOf(defined);
            for (FigureDefinition definition : source.definitions()) {
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH)) {
                    assertThat(messages.getMessage(definition.labelKey(), null, null, locale))
                            .as(definition.labelKey())
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void membersCountOnTheLastDayOfTheYear() {
        LocalDate lastYear = LocalDate.of(year - 1, 6, 1);
        Long enterprise = organisation("评价企业" + tag, OrganisationType.ENTERPRISE);
        Long university = organisation("评价大学" + tag, OrganisationType.UNIVERSITY);
        Long institute = organisation("评价研究院" + tag, OrganisationType.RESEARCH_INSTITUTE);
        admissions.admit(body, enterprise, lastYear, null);
        admissions.admit(body, university, LocalDate.of(year, 3, 1), null);
        admissions.admit(body, institute, LocalDate.of(year - 1, 9, 1), null);
        admissions.decide(
                body,
                institute,
                MembershipStep.Action.WITHDRAWN,
                new Admissions.Decision("退出" + tag, LocalDate.of(year, 5, 1), null));
        governance.recordMeeting(
                body,
                community.get(body).version(),
                new MeetingDraft(
                        LocalDate.of(year, 4, 1),
                        MeetingView.Kind.COUNCIL_MEETING,
                        "理事会" + tag,
                        null,
                        12,
                        false,
                        null,
                        null));

        Map<String, Figure> thisYear = figures(year);
        assertThat(value(thisYear, "community.members")).isEqualTo(2);
        assertThat(value(thisYear, "community.members-enterprise")).isEqualTo(1);
        assertThat(value(thisYear, "community.members-university")).isEqualTo(1);
        assertThat(value(thisYear, "community.members-research-institute")).isZero();
        assertThat(value(thisYear, "community.members-admitted")).isEqualTo(1);
        assertThat(value(thisYear, "community.council-meetings")).isEqualTo(1);
        assertThat(thisYear.get("community.members").recordsHref()).isEqualTo("/bodies/" + body + "/members");

        Map<String, Figure> before = figures(year - 1);
        assertThat(value(before, "community.members")).isEqualTo(2);
        assertThat(value(before, "community.members-research-institute")).isEqualTo(1);
        assertThat(value(before, "community.members-university")).isZero();
        assertThat(value(before, "community.council-meetings")).isZero();
        assertThat(value(before, "community.charter-adopted")).isZero();
    }

    @Test
    void obligationPeriodsDueAndConfirmedMakeTheFulfilmentRate() {
        Long school = organisation("评价学院" + tag, OrganisationType.UNIVERSITY);
        Long enterprise = organisation("评价出资企业" + tag, OrganisationType.ENTERPRISE);
        year = year - 1; // in the past, so that no record of this test floats to the top of lists sorted by recency
        moveTo(LocalDate.of(year, 1, 10));
        Long agreement = agreements
                .draft(new AgreementDraft(
                        "评价协议" + tag,
                        AgreementKind.JOINT_RESEARCH,
                        body,
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                new Party(school, PartyRole.PARTNER, null, null, null),
                                new Party(enterprise, PartyRole.FUNDER, null, null, null))))
                .id();
        agreements.recordSignedByAll(agreement, 0, LocalDate.of(year, 1, 10), null);
        agreements.bringIntoForce(agreement, 1);
        Obligation fund = obligations.promise(
                agreement,
                new ObligationDraft(
                        enterprise,
                        "资助经费" + tag,
                        new BigDecimal("50"),
                        "万元",
                        Obligation.Cadence.ONCE,
                        LocalDate.of(year, 3, 1)));
        obligations.promise(
                agreement,
                new ObligationDraft(
                        school,
                        "共建课程" + tag,
                        new BigDecimal("2"),
                        "门",
                        Obligation.Cadence.ONCE,
                        LocalDate.of(year, 4, 1)));
        obligations.report(fund.id(), 0, enterprise, new BigDecimal("50"), null, null, null);
        obligations.confirm(fund.id(), 1, school);
        clock.reset();

        Map<String, Figure> figures = figures(year);
        assertThat(value(figures, "agreement.signed")).isEqualTo(1);
        assertThat(value(figures, "agreement.in-force")).isEqualTo(1);
        assertThat(value(figures, "agreement.periods-due")).isEqualTo(2);
        assertThat(value(figures, "agreement.periods-confirmed")).isEqualTo(1);
        assertThat(figures.get("agreement.fulfilment-rate").value()).isEqualByComparingTo("0.5");
        assertThat(figures.get("agreement.money-confirmed").value()).isEqualByComparingTo("500000");
        assertThat(value(figures(year - 1), "agreement.periods-due")).isZero();
    }

    private Map<String, Figure> figures(int year) {
        return sources.stream()
                .flatMap(s -> s.figures(BodyPeriod.year(body, year)).stream())
                .collect(Collectors.toMap(Figure::key, Function.identity()));
    }

    private static long value(Map<String, Figure> figures, String key) {
        return figures.get(key).value().longValueExact();
    }

    private void moveTo(LocalDate day) {
        clock.advance(Duration.between(
                clock.instant(), day.atTime(12, 0).atZone(clock.getZone()).toInstant()));
    }

    private Long organisation(String name, OrganisationType type) {
        return directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, null), true)
                .id();
    }
}

package org.ronghe.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;

class AgreementTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final Party ONE = new Party(1L, PartyRole.INITIATOR, "总经理", new BigDecimal("2000000.00"), null);
    static final Party TWO = new Party(2L, PartyRole.PARTNER, "校长", null, null);

    static AgreementDraft terms(List<Party> parties) {
        return new AgreementDraft(
                        " 联合攻关协议 ",
                        AgreementKind.JOINT_RESEARCH,
                        null,
                        null,
                        "重庆",
                        LocalDate.of(2024, 7, 2),
                        LocalDate.of(2027, 7, 1),
                        parties)
                .validate();
    }

    @Test
    void termsReportEveryProblemAtOnce() {
        var bad = new AgreementDraft(
                " ",
                null,
                null,
                null,
                null,
                LocalDate.of(2025, 1, 2),
                LocalDate.of(2025, 1, 1),
                List.of(ONE, new Party(1L, null, null, new BigDecimal("-1"), new BigDecimal("0.001"))));
        assertThatThrownBy(bad::validate)
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::code)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("title", "agreement.title.required"),
                                        org.assertj.core.groups.Tuple.tuple("kind", "agreement.kind.required"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "termEndsOn", "agreement.term.ends-before-start"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "parties[1].organisationId", "agreement.party.twice"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "parties[1].role", "agreement.party.role-required"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "parties[1].committedCash", "agreement.amount.range"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "parties[1].committedInKind", "agreement.amount.fen")));
        assertThat(terms(List.of(ONE)).title()).isEqualTo("联合攻关协议");
    }

    @Test
    void noSigningWithoutTwoPartiesAndPartiesAreFixedOnceSigned() {
        Agreement agreement = Agreement.draft(terms(List.of(ONE)), NOW, "a");
        assertThatThrownBy(() -> agreement.signedByAll(LocalDate.of(2024, 7, 2), null, "test", NOW))
                .isInstanceOf(RuleBroken.class)
                .hasMessageStartingWith("agreement.sign.two-parties");
        agreement.revise(terms(List.of(ONE, TWO)), NOW);
        agreement.signedByAll(LocalDate.of(2024, 7, 2), "重庆市西南铝", "test", NOW);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(agreement.place()).isEqualTo("重庆市西南铝");
        assertThatThrownBy(() -> agreement.revise(terms(List.of(ONE)), NOW))
                .isInstanceOf(RuleBroken.class)
                .hasMessageStartingWith("agreement.parties.fixed");
        agreement.revise(terms(List.of(ONE, new Party(2L, PartyRole.HOST, "副校长", null, BigDecimal.TEN))), NOW);
        assertThat(agreement.parties().get(1).role()).isEqualTo(PartyRole.HOST);
    }

    @Test
    void aCompletedAgreementIsReadOnlyAndStepsFollowTheirOrder() {
        Agreement agreement = Agreement.draft(terms(List.of(ONE, TWO)), NOW, "a");
        assertThatThrownBy(() -> agreement.complete(NOW))
                .isInstanceOf(RuleBroken.class)
                .hasMessageStartingWith("agreement.not-allowed");
        agreement.signedByAll(LocalDate.of(2024, 7, 2), null, "test", NOW);
        agreement.bringIntoForce(NOW);
        agreement.complete(NOW);
        assertThatThrownBy(() -> agreement.revise(terms(List.of(ONE, TWO)), NOW))
                .isInstanceOf(RuleBroken.class)
                .hasMessageStartingWith("agreement.closed");
        assertThatThrownBy(() -> agreement.terminate("不再合作", NOW)).isInstanceOf(RuleBroken.class);
    }

    @Test
    void terminationNeedsAReasonAndExpiryComesAfterTheTerm() {
        Agreement agreement = Agreement.draft(terms(List.of(ONE, TWO)), NOW, "a");
        assertThat(agreement.isDueToExpire(LocalDate.of(2030, 1, 1))).isFalse();
        agreement.signedByAll(LocalDate.of(2024, 7, 2), null, "test", NOW);
        assertThatThrownBy(() -> agreement.terminate(" ", NOW))
                .hasMessageStartingWith("agreement.terminate.reason-required");
        assertThat(agreement.isDueToExpire(LocalDate.of(2027, 7, 1))).isFalse();
        assertThat(agreement.isDueToExpire(LocalDate.of(2027, 7, 2))).isTrue();
        agreement.expire(LocalDate.of(2027, 7, 2), NOW);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.EXPIRED);
    }
}

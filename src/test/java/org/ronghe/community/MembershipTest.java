package org.ronghe.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ronghe.community.Membership.Status;
import org.ronghe.community.MembershipStep.Action;
import org.ronghe.core.RuleBroken;

class MembershipTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Membership applied() {
        return Membership.apply(1L, 2L, "我们是铝加工企业", NOW, "org-admin");
    }

    @Test
    void anApprovedApplicationMakesAMemberAndKeepsTheHistory() {
        Membership m = applied();
        m.approve("欢迎", TODAY, NOW.plusSeconds(60), "secretariat");
        assertThat(m.status()).isEqualTo(Status.ACTIVE);
        assertThat(m.joinedOn()).isEqualTo(TODAY);
        assertThat(m.history())
                .extracting(MembershipStep::action, MembershipStep::actor, MembershipStep::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Action.APPLIED, "org-admin", "我们是铝加工企业"),
                        org.assertj.core.groups.Tuple.tuple(Action.APPROVED, "secretariat", "欢迎"));
    }

    @Test
    void aWithdrawnApplicationCannotBeApproved() {
        Membership m = applied();
        m.withdrawApplication(null, NOW, "org-admin");
        assertThatThrownBy(() -> m.approve(null, TODAY, NOW, "secretariat"))
                .isInstanceOf(RuleBroken.class)
                .hasMessageStartingWith("membership.not-decidable");
        assertThat(m.status()).isEqualTo(Status.WITHDRAWN);
    }

    @Test
    void rejectingSuspendingAndWithdrawingNeedAReason() {
        assertThatThrownBy(() -> applied().reject(" ", NOW, "s")).hasMessageStartingWith("membership.reason-required");
        Membership member = Membership.admit(1L, 2L, TODAY, null, NOW, "s");
        assertThatThrownBy(() -> member.suspend(TODAY, null, NOW, "s"))
                .hasMessageStartingWith("membership.reason-required");
        assertThatThrownBy(() -> member.withdraw(TODAY, "", NOW, "s"))
                .hasMessageStartingWith("membership.reason-required");
        assertThat(member.status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void noDoubleMembershipNorDoubleApplication() {
        Membership member = Membership.admit(1L, 2L, TODAY, null, NOW, "s");
        assertThatThrownBy(() -> member.reapply("again", NOW, "o")).hasMessageStartingWith("membership.already-member");
        assertThatThrownBy(() -> member.readmit(TODAY, null, NOW, "s"))
                .hasMessageStartingWith("membership.already-member");
        Membership pending = applied();
        assertThatThrownBy(() -> pending.reapply("again", NOW, "o"))
                .hasMessageStartingWith("membership.already-applied");
    }

    @Test
    void aRejectedOrganisationMayApplyAgainOnTheSameRecord() {
        Membership m = applied();
        m.reject("材料不全", NOW, "s");
        m.reapply("已补充材料", NOW.plusSeconds(3600), "o");
        assertThat(m.status()).isEqualTo(Status.PENDING);
        assertThat(m.history())
                .extracting(MembershipStep::action)
                .containsExactly(Action.APPLIED, Action.REJECTED, Action.APPLIED);
    }

    @Test
    void suspendedMembersCanBeReinstatedOrWithdrawWithTheirDates() {
        Membership m = Membership.admit(1L, 2L, TODAY, null, NOW, "s");
        m.suspend(TODAY.plusDays(1), "未按期履约", NOW, "s");
        assertThatThrownBy(() -> m.suspend(TODAY, "again", NOW, "s"))
                .hasMessageStartingWith("membership.not-decidable");
        m.reinstate(null, TODAY.plusDays(30), NOW, "s");
        m.withdraw(TODAY.plusDays(60), "单位改制", NOW, "o");
        assertThat(m.status()).isEqualTo(Status.WITHDRAWN);
        assertThat(m.history())
                .extracting(MembershipStep::effectiveOn)
                .containsExactly(TODAY, TODAY.plusDays(1), TODAY.plusDays(30), TODAY.plusDays(60));
        assertThatThrownBy(() -> m.withdraw(TODAY, "again", NOW, "o"))
                .hasMessageStartingWith("membership.not-decidable");
    }
}

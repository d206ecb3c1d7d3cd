package org.tirek.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The referral workflow: planned, made, then accepted or declined, completed; cancelled on the way; final states stay. */
class ReferralStatusTest {

    @Test
    void followsTheWorkflow() {
        assertThat(ReferralStatus.PLANNED.moveTo(ReferralStatus.MADE)).isEqualTo(ReferralStatus.MADE);
        assertThat(ReferralStatus.MADE.next())
                .containsExactlyInAnyOrder(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.CANCELLED);
        assertThat(ReferralStatus.ACCEPTED.next())
                .containsExactlyInAnyOrder(ReferralStatus.COMPLETED, ReferralStatus.CANCELLED);
    }

    @Test
    void rejectsSkippingTheMakingOfAReferral() {
        assertThatThrownBy(() -> ReferralStatus.PLANNED.moveTo(ReferralStatus.ACCEPTED))
                .isInstanceOf(ReferralStatus.IllegalTransitionException.class)
                .hasMessageContaining("from PLANNED to ACCEPTED");
    }

    @ParameterizedTest
    @EnumSource(
            value = ReferralStatus.class,
            names = {"DECLINED", "COMPLETED", "CANCELLED"})
    void finalStatesLeadNowhere(ReferralStatus status) {
        assertThat(status.open()).isFalse();
        assertThat(status.next()).isEmpty();
        assertThat(status.initial()).isFalse();
    }

    @Test
    void aReferralStartsPlannedOrMade() {
        assertThat(ReferralStatus.PLANNED.initial()).isTrue();
        assertThat(ReferralStatus.MADE.initial()).isTrue();
        assertThat(ReferralStatus.ACCEPTED.initial()).isFalse();
    }
}

package org.tirek.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reporting delay in GBVIMS bands, certain even from partial dates, or marked not computable. */
class ReportingDelayTest {

    @ParameterizedTest(name = "{0} reported {1}: {2} ({3} days)")
    @CsvSource({
        "2026-03-01, 2026-03-01, DAYS_0_3, 0",
        "2026-03-01, 2026-03-04, DAYS_0_3, 3",
        "2026-03-01, 2026-03-05, DAYS_4_5, 4",
        "2026-03-01, 2026-03-06, DAYS_4_5, 5",
        "2026-03-01, 2026-03-07, DAYS_6_14, 6",
        "2026-03-01, 2026-03-15, DAYS_6_14, 14",
        "2026-03-01, 2026-03-16, DAYS_15_30, 15",
        "2026-03-01, 2026-03-31, DAYS_15_30, 30",
        "2026-03-01, 2026-04-01, OVER_1_MONTH, 31",
        "2019-05-20, 2026-03-01, OVER_1_MONTH, 2477",
    })
    void fullDatesGiveTheBandAndTheDays(String occurred, String reported, ReportingDelay.Band band, int days) {
        assertThat(ReportingDelay.between(PartialDate.parse(occurred), LocalDate.parse(reported)))
                .isEqualTo(new ReportingDelay(band, days));
    }

    @Test
    void countsTheLeapDay() {
        assertThat(ReportingDelay.between(PartialDate.parse("2024-02-28"), LocalDate.parse("2024-03-03")))
                .isEqualTo(new ReportingDelay(ReportingDelay.Band.DAYS_4_5, 4));
        assertThat(ReportingDelay.between(PartialDate.parse("2023-02-28"), LocalDate.parse("2023-03-03")))
                .isEqualTo(new ReportingDelay(ReportingDelay.Band.DAYS_0_3, 3));
    }

    @Test
    void aMonthReportedMoreThanAMonthAfterItsLastDayIsOverAMonth() {
        ReportingDelay delay = ReportingDelay.between(PartialDate.parse("2025-11"), LocalDate.parse("2026-03-02"));
        assertThat(delay.band()).isEqualTo(ReportingDelay.Band.OVER_1_MONTH);
        assertThat(delay.days()).as("no exact days from a month").isNull();
    }

    @Test
    void aMonthWhoseDaysFallIntoSeveralBandsIsNotComputable() {
        ReportingDelay delay = ReportingDelay.between(PartialDate.parse("2026-02"), LocalDate.parse("2026-03-10"));
        assertThat(delay).isEqualTo(ReportingDelay.NOT_COMPUTABLE);
        assertThat(delay.computable()).isFalse();
    }

    @Test
    void februaryEndsOnTheTwentyNinthInLeapYears() {
        // the last possible day decides whether the shortest delay already exceeds a month
        assertThat(ReportingDelay.between(PartialDate.parse("2023-02"), LocalDate.parse("2023-03-31"))
                        .band())
                .isEqualTo(ReportingDelay.Band.OVER_1_MONTH); // from 28 Feb: 31 days
        assertThat(ReportingDelay.between(PartialDate.parse("2024-02"), LocalDate.parse("2024-03-31"))
                        .band())
                .isEqualTo(ReportingDelay.Band.OVER_1_MONTH); // from 29 Feb: 31 days
        assertThat(ReportingDelay.between(PartialDate.parse("2023-02"), LocalDate.parse("2023-03-30"))
                        .band())
                .isEqualTo(ReportingDelay.Band.NOT_COMPUTABLE); // from 28 Feb: 30 days, from 1 Feb: 57
        assertThat(ReportingDelay.between(PartialDate.parse("2024-02"), LocalDate.parse("2024-03-30"))
                        .band())
                .isEqualTo(ReportingDelay.Band.NOT_COMPUTABLE); // from 29 Feb: 30 days
    }

    @Test
    void aYearIsComputableOnlyWhenAllOfItIsLongEnoughAgo() {
        assertThat(ReportingDelay.between(PartialDate.parse("2024"), LocalDate.parse("2026-03-02"))
                        .band())
                .isEqualTo(ReportingDelay.Band.OVER_1_MONTH);
        assertThat(ReportingDelay.between(PartialDate.parse("2025"), LocalDate.parse("2026-01-15"))
                        .band())
                .as("from 31 December: 15 days; from 1 January: 379")
                .isEqualTo(ReportingDelay.Band.NOT_COMPUTABLE);
    }

    @Test
    void aPeriodStillRunningWhenReportedEndsOnTheReportDate() {
        // reported on 2 January: the incident happened on 1 or 2 January, so within 0-3 days
        assertThat(ReportingDelay.between(PartialDate.parse("2026"), LocalDate.parse("2026-01-02")))
                .isEqualTo(new ReportingDelay(ReportingDelay.Band.DAYS_0_3, null));
        assertThat(ReportingDelay.between(PartialDate.parse("2026-03"), LocalDate.parse("2026-03-01")))
                .isEqualTo(new ReportingDelay(ReportingDelay.Band.DAYS_0_3, 0));
        assertThat(ReportingDelay.between(PartialDate.parse("2026-03"), LocalDate.parse("2026-03-20")))
                .isEqualTo(ReportingDelay.NOT_COMPUTABLE);
    }

    @Test
    void anUnknownIncidentDateIsNotComputable() {
        assertThat(ReportingDelay.between(null, LocalDate.parse("2026-03-02")))
                .isEqualTo(ReportingDelay.NOT_COMPUTABLE);
    }

    @Test
    void refusesAnIncidentAfterItsReport() {
        assertThatThrownBy(() -> ReportingDelay.between(PartialDate.parse("2026-04"), LocalDate.parse("2026-03-31")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingDelay.between(PartialDate.parse("2026-03-03"), LocalDate.parse("2026-03-02")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

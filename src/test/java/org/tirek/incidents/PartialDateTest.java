package org.tirek.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates known to a year, a month or a day: reading, validity, the days they cover, their order. */
class PartialDateTest {

    @Test
    void readsAYearAMonthOrADay() {
        assertThat(PartialDate.parse("2023")).isEqualTo(PartialDate.ofYear(2023));
        assertThat(PartialDate.parse("2023-03")).isEqualTo(PartialDate.ofMonth(2023, 3));
        assertThat(PartialDate.parse(" 2023-03-14 ")).isEqualTo(PartialDate.ofDay(2023, 3, 14));
        assertThat(PartialDate.parse("2023-03").precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(PartialDate.of(2023, 3, null)).isEqualTo(PartialDate.ofMonth(2023, 3));
    }

    @Test
    void writesWhatItReads() {
        for (String text : List.of("2023", "2023-03", "2023-03-14", "1990-12-01")) {
            assertThat(PartialDate.parse(text)).hasToString(text);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "23",
                "2023-3",
                "2023-13",
                "2023-00",
                "2023-02-30",
                "2023-02-29",
                "2023-04-31",
                "2023/03",
                "March 2023",
                "2023-03-14T10:00",
                "1899",
                "1899-12-31",
                "0000"
            })
    void refusesDatesThatDoNotExistOrAreNotWrittenSo(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryOnlyInLeapYears() {
        assertThat(PartialDate.parse("2024-02-29").firstDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.parse("2000-02-29").day()).isEqualTo(29);
        assertThatThrownBy(() -> PartialDate.parse("1900-02-29")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.ofDay(2023, 2, 29)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayNeedsItsMonth() {
        assertThatThrownBy(() -> PartialDate.of(2023, null, 14))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("month");
    }

    @Test
    void aPartialDateStartsOnTheFirstDayOfItsPeriod() {
        assertThatThrownBy(() -> new PartialDate(PartialDate.Precision.MONTH, LocalDate.of(2023, 3, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(PartialDate.Precision.YEAR, LocalDate.of(2023, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coversEveryDayOfItsPeriodIncludingLeapDays() {
        assertThat(PartialDate.ofYear(2024).lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(PartialDate.ofMonth(2024, 2).lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.ofMonth(2023, 2).lastDay()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(PartialDate.ofMonth(1900, 2).lastDay()).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(PartialDate.ofMonth(2023, 4).lastDay()).isEqualTo(LocalDate.of(2023, 4, 30));
        assertThat(PartialDate.ofDay(2023, 4, 5).lastDay()).isEqualTo(LocalDate.of(2023, 4, 5));
        assertThat(PartialDate.ofMonth(2024, 2).contains(LocalDate.of(2024, 2, 29)))
                .isTrue();
        assertThat(PartialDate.ofMonth(2024, 2).contains(LocalDate.of(2024, 3, 1)))
                .isFalse();
        assertThat(PartialDate.ofYear(2024).contains(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(PartialDate.ofYear(2024).contains(LocalDate.of(2023, 12, 31)))
                .isFalse();
    }

    @Test
    void sortsByFirstDayWithTheCoarserDateFirst() {
        List<PartialDate> sorted = List.of(
                PartialDate.parse("2022-12-31"),
                PartialDate.parse("2023"),
                PartialDate.parse("2023-01"),
                PartialDate.parse("2023-01-01"),
                PartialDate.parse("2023-01-02"),
                PartialDate.parse("2023-02"),
                PartialDate.parse("2023-12-31"),
                PartialDate.parse("2024"));
        List<PartialDate> shuffled = new ArrayList<>(sorted);
        Collections.shuffle(shuffled, new java.util.Random(42));
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(sorted);
        // the same order as the texts: a column of them sorts the same way in SQL
        assertThat(sorted.stream().map(PartialDate::toString).sorted().toList())
                .containsExactlyElementsOf(
                        sorted.stream().map(PartialDate::toString).toList());
        assertThat(PartialDate.parse("2023").compareTo(PartialDate.parse("2023")))
                .isZero();
    }

    @Test
    void isCertainlyBeforeOnlyWhenNoDayOfItCanBeLater() {
        assertThat(PartialDate.parse("2023-01").isCertainlyBefore(PartialDate.parse("2023-02-01")))
                .isTrue();
        assertThat(PartialDate.parse("2023").isCertainlyBefore(PartialDate.parse("2023-06")))
                .isFalse();
        assertThat(PartialDate.parse("2023-06").isCertainlyBefore(PartialDate.parse("2023")))
                .isFalse();
        assertThat(PartialDate.parse("2023-03").isCertainlyAfter(LocalDate.of(2023, 2, 28)))
                .isTrue();
        assertThat(PartialDate.parse("2023-03").isCertainlyAfter(LocalDate.of(2023, 3, 1)))
                .isFalse();
    }

    @Test
    void knowsWhichPartsAreKnown() {
        PartialDate year = PartialDate.parse("2023");
        assertThat(year.year()).isEqualTo(2023);
        assertThat(year.month()).isNull();
        assertThat(year.day()).isNull();
        PartialDate month = PartialDate.parse("2023-07");
        assertThat(month.month()).isEqualTo(7);
        assertThat(month.day()).isNull();
    }
}

package org.tirek.incidents;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * How long after the incident it was reported, in the bands GBVIMS reports. Derived from the two
 * dates, never entered. With a partial incident date the delay is a range (a month reported later
 * lies between the delay from its last day and from its first); the band is given only when the
 * whole range falls into one band, otherwise it is {@link Band#NOT_COMPUTABLE}. An incident cannot
 * have happened after it was reported, so a period that runs past the report date ends there.
 *
 * @param band the band the delay certainly falls into
 * @param days the exact delay in days, when both dates are known to the day; otherwise {@code null}
 */
public record ReportingDelay(Band band, @Nullable Integer days) {

    /** The reporting-delay bands. */
    public enum Band {
        DAYS_0_3(0, 3),
        DAYS_4_5(4, 5),
        DAYS_6_14(6, 14),
        DAYS_15_30(15, 30),
        /** 31 days or more. */
        OVER_1_MONTH(31, Long.MAX_VALUE),
        /** The dates are not precise enough, or the incident date is not known. */
        NOT_COMPUTABLE(-1, -1);

        private final long fromDays;
        private final long toDays;

        Band(long fromDays, long toDays) {
            this.fromDays = fromDays;
            this.toDays = toDays;
        }

        /** The band of a delay of {@code days} (0 or more). */
        static Band of(long days) {
            for (Band band : values()) {
                if (days >= band.fromDays && days <= band.toDays) return band;
            }
            throw new IllegalArgumentException("A delay is 0 days or more");
        }
    }

    public static final ReportingDelay NOT_COMPUTABLE = new ReportingDelay(Band.NOT_COMPUTABLE, null);

    /**
     * The delay between an incident on {@code occurred} and its report on {@code reported}.
     *
     * @throws IllegalArgumentException when the incident certainly happened after the report
     */
    public static ReportingDelay between(@Nullable PartialDate occurred, LocalDate reported) {
        if (occurred == null) return NOT_COMPUTABLE;
        if (occurred.isCertainlyAfter(reported)) {
            throw new IllegalArgumentException("An incident cannot be reported before it happened");
        }
        LocalDate latest = occurred.lastDay().isAfter(reported) ? reported : occurred.lastDay();
        long shortest = ChronoUnit.DAYS.between(latest, reported);
        long longest = ChronoUnit.DAYS.between(occurred.firstDay(), reported);
        Band band = Band.of(shortest);
        if (band != Band.of(longest)) return NOT_COMPUTABLE;
        return new ReportingDelay(band, shortest == longest ? Math.toIntExact(shortest) : null);
    }

    /** Whether the band is known. */
    public boolean computable() {
        return band != Band.NOT_COMPUTABLE;
    }
}

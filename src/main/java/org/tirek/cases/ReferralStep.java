package org.tirek.cases;

import java.time.Instant;
import java.time.LocalDate;

/** A status a referral reached: the day it happened, when and by whom it was recorded. */
public record ReferralStep(ReferralStatus status, LocalDate on, Instant recordedAt, String recordedBy) {}

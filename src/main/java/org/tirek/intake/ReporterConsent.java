package org.tirek.intake;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the reporter agreed, on the form, that the organisation may do with the report: one box per
 * purpose, following the survivor-centred rule that consent is given per purpose. It is the
 * reporter's first word, not an informed-consent record: the case's team confirms it with the
 * person, who may change it at any time.
 *
 * @param asked whether the form asked at all (a questionnaire may leave the question out); when not
 *     asked, nothing was agreed
 * @param given the purposes ticked; empty when the reporter ticked none
 */
public record ReporterConsent(boolean asked, Set<Purpose> given) {

    /** What a report may be used for. */
    public enum Purpose {
        /** Help and support for the person it happened to, by this organisation. */
        SERVICES,
        /** Passing it to other services that can help (health, shelter, psychologist, lawyer). */
        REFERRAL,
        /** Using it in legal action (a complaint, a court case). */
        LEGAL_ACTION,
        /** Counting it, without anything that identifies anyone, in statistics. */
        STATISTICS,
        /** Using it, without anything that identifies anyone, in advocacy and public reports. */
        ADVOCACY
    }

    public ReporterConsent {
        given = given.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(given));
        if (!asked && !given.isEmpty()) throw new IllegalArgumentException("consent given without being asked");
    }

    /** The form did not ask. */
    public static ReporterConsent notAsked() {
        return new ReporterConsent(false, Set.of());
    }

    public boolean gives(Purpose purpose) {
        return given.contains(purpose);
    }
}

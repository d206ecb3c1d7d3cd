package org.tirek.proceedings;

import java.util.EnumSet;
import java.util.Set;

/** What a charge is about, in categories that matter for the safeguard rules (A9). */
public enum ChargeCategory {
    FRAUD,
    PRIVACY_VIOLATION,
    FALSE_INFORMATION,
    EXTREMISM,
    INSULT_OR_DEFAMATION,
    PUBLIC_ORDER,
    ORGANISED_ACTIVITY,
    TAX_OR_ECONOMIC,
    VIOLENCE,
    OTHER;

    /** Charges typically brought against speech and civil-society work (DOMAIN.md §7, A9). */
    public static final Set<ChargeCategory> EXPRESSION_OR_NGO = EnumSet.of(
            FRAUD,
            PRIVACY_VIOLATION,
            FALSE_INFORMATION,
            EXTREMISM,
            INSULT_OR_DEFAMATION,
            PUBLIC_ORDER,
            ORGANISED_ACTIVITY);
}

package org.tirek.proceedings;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The details of a decision that an event may carry as attributes (DOMAIN.md §2, {@code Decision}):
 * who decided ({@code instance}: a court or authority, a short structural value), the {@code outcome}
 * for the client, its {@code ecli} (§9.2) and whether it is {@code appealable} ({@code true} or
 * {@code false}). All optional; checked whenever given.
 */
public final class DecisionDetails {

    /** The attribute names. */
    public static final List<String> ATTRIBUTES = List.of("instance", "outcome", "ecli", "appealable");

    /** The outcomes, for the client, in the order forms and messages show them. */
    public static final List<String> OUTCOMES =
            List.of("FAVOURABLE", "PARTLY_FAVOURABLE", "UNFAVOURABLE", "REMANDED", "OTHER");

    /**
     * {@code ECLI:} country (or EU, CE…) {@code :} court (1 to 7) {@code :} year {@code :} ordinal (1 to
     * 25, dots allowed), in capitals: Council Conclusions 2011/C 127/01.
     */
    public static final Pattern ECLI = Pattern.compile("ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:[0-9]{4}:[A-Z0-9.]{1,25}");

    private DecisionDetails() {}
}

package org.tirek.proceedings.alerts;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The parties to the European Convention on Extradition (ETS 24) as found for DOMAIN.md §3.1 [S13]:
 * the member states of the Council of Europe plus Chile, Israel, Russia, South Africa and South Korea.
 * Kazakhstan is not one: for its requests the ECE's time limits do not apply (A5, A8).
 */
final class EceParties {

    private static final Set<String> PARTIES = Set.of(
            "AL", "AD", "AM", "AT", "AZ", "BE", "BA", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "GE", "DE", "GR",
            "HU", "IS", "IE", "IT", "LV", "LI", "LT", "LU", "MT", "MD", "MC", "ME", "NL", "MK", "NO", "PL", "PT", "RO",
            "SM", "RS", "SK", "SI", "ES", "SE", "CH", "TR", "UA", "GB", "CL", "IL", "RU", "ZA", "KR");

    private EceParties() {}

    static boolean isParty(@Nullable String country) {
        return country != null && PARTIES.contains(country);
    }
}

package org.tirek.cases;

import java.time.Instant;
import java.util.UUID;
import org.tirek.people.OrganisationId;

/**
 * Something shared under a consent: what a revocation has to chase.
 *
 * @param subject the referral or the evidence file
 */
public record ConsentUse(Kind kind, UUID subject, OrganisationId recipient, Instant at, String by) {

    /** What was shared. */
    public enum Kind {
        /** A referral was made to the provider. */
        REFERRAL,
        /** An evidence file (or a copy) was handed to the recipient. */
        EVIDENCE_TRANSFER
    }
}

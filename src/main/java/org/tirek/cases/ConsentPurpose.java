package org.tirek.cases;

/**
 * What a consent allows (DOMAIN.md §8.6: per purpose, per recipient). Consent is granular: one
 * record covers one purpose and, where the purpose names one, one recipient organisation.
 */
public enum ConsentPurpose {
    /** Receiving this organisation's own services (case management, legal aid). No recipient. */
    SERVICES(Recipient.NONE),
    /** Being referred to a named provider, which receives what the referral needs. */
    REFERRAL(Recipient.REQUIRED),
    /** Identifying information or files shared with a named organisation. */
    SHARING(Recipient.REQUIRED),
    /** Legal action on the survivor's behalf; with a named court or authority when given. */
    LEGAL_ACTION(Recipient.OPTIONAL),
    /** Counting the case, without identifying anyone, in aggregate statistics. No recipient. */
    STATISTICS(Recipient.NONE),
    /** Telling the case's story in public advocacy (anonymised). No recipient. */
    PUBLICATION(Recipient.NONE);

    /** Whether a consent for the purpose names a recipient organisation. */
    public enum Recipient {
        REQUIRED,
        OPTIONAL,
        NONE
    }

    private final Recipient recipient;

    ConsentPurpose(Recipient recipient) {
        this.recipient = recipient;
    }

    public Recipient recipient() {
        return recipient;
    }
}

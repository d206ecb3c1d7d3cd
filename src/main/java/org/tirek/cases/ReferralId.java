package org.tirek.cases;

import java.util.UUID;

/** A referral's identity. */
public record ReferralId(UUID value) {

    public static ReferralId of(UUID value) {
        return new ReferralId(value);
    }

    public static ReferralId generate() {
        return new ReferralId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.tirek.cases;

/** Where a consent stands at a moment: only {@link #ACTIVE} permits anything. */
public enum ConsentState {
    /** Given, not expired, not revoked. */
    ACTIVE,
    /** Its given-on day has not come yet. */
    NOT_YET_VALID,
    /** Its expiry day has passed. */
    EXPIRED,
    /** Revoked by the survivor (recorded by the team); for good. */
    REVOKED
}

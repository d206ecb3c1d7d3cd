package org.tirek.proceedings.alerts;

/**
 * Facts about the client that safeguard rules need and the proceedings do not hold. Structural
 * flags, set by the case's team.
 */
public enum SafeguardFact {
    /** A record of human-rights-defender activity exists (A9: charges of expression or NGO type). */
    HRD_ACTIVITY,
    /** The client plans to travel or leave the country (A13). */
    TRAVEL_PLANNED
}

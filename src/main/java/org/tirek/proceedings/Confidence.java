package org.tirek.proceedings;

/**
 * How far a time limit (or a holiday) was checked, in the terms of the domain brief: read in a
 * primary text, taken from a secondary source, or not found at all. An UNVERIFIED date must be
 * checked by a lawyer before anyone relies on it.
 */
public enum Confidence {
    /** Read in a primary or near-primary text (treaty, statute, court or official page). */
    VERIFIED,
    /** From a secondary source (law firm, NGO, news report): plausible, to be confirmed. */
    SECONDARY,
    /** Not found in a source; the best available figure, to be checked before relying on it. */
    UNVERIFIED
}

package org.tirek.incidents;

/** How an alleged perpetrator is related to the survivor. */
public enum Relationship {
    INTIMATE_PARTNER,
    FORMER_PARTNER,
    FAMILY_MEMBER,
    ACQUAINTANCE,
    STRANGER,
    /** Police, an official, anyone acting with state authority. */
    AUTHORITY_FIGURE,
    EMPLOYER,
    OTHER,
    UNKNOWN
}

package org.tirek.incidents;

/** The sex of an alleged perpetrator; {@code MIXED} describes a group of more than one. */
public enum Sex {
    FEMALE,
    MALE,
    MIXED,
    UNKNOWN
}

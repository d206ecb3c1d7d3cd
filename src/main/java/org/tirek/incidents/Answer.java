package org.tirek.incidents;

/** An answer that the survivor may not know or may decline to give. */
public enum Answer {
    YES,
    NO,
    UNKNOWN
}

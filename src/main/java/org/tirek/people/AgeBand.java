package org.tirek.people;

/** The GBVIMS age groups, for when a birth year is not known or not to be recorded. */
public enum AgeBand {
    AGE_0_11,
    AGE_12_17,
    AGE_18_25,
    AGE_26_40,
    AGE_41_60,
    AGE_61_PLUS
}

package org.tirek.incidents;

/** The age group of an alleged perpetrator, in the bands GBVIMS reports. */
public enum AgeBand {
    AGE_0_11,
    AGE_12_17,
    AGE_18_25,
    AGE_26_40,
    AGE_41_60,
    AGE_61_PLUS,
    UNKNOWN
}

package org.tirek.people;

/** A person's sex as recorded for statistics (GBVIMS); left out when not given. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER
}

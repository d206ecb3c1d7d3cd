package org.tirek.incidents;

/** When in the day an incident happened, as coarsely as GBVIMS records it. */
public enum TimeOfDay {
    MORNING,
    AFTERNOON,
    EVENING,
    NIGHT,
    UNKNOWN
}

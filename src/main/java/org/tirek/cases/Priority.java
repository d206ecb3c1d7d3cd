package org.tirek.cases;

/** How urgently a case needs attention; sorts from {@link #URGENT} down. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}

package org.tirek.proceedings.alerts;

/** How urgently an alert needs a lawyer's attention, most urgent first. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    INFO;

    /** CRITICAL and HIGH: shown on the dashboard and first in the digest. */
    public boolean urgent() {
        return this == CRITICAL || this == HIGH;
    }
}

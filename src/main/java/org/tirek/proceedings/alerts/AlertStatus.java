package org.tirek.proceedings.alerts;

/**
 * Where an alert stands: {@code OPEN} until someone on the team acknowledges it, {@code RESOLVED}
 * when the condition that raised it no longer holds (acknowledged or not).
 */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED;

    public boolean active() {
        return this != RESOLVED;
    }
}

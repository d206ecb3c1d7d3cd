package org.tirek.intake;

/**
 * Deletes reports past their time to live: untriaged ones after {@code tirek.intake.retention.untriaged},
 * those marked as spam after {@code tirek.intake.retention.spam}, and those whose reporter asked for
 * deletion, unless they became part of a case. Runs on a schedule, one instance at a time; the command
 * line runs it at once. Deleting a report deletes its encrypted content and the keys that opened it.
 */
public interface IntakeRetention {

    /** Runs the deletion now; returns how many reports were deleted. Needs no keys. */
    int purge();
}

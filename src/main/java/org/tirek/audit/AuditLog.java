package org.tirek.audit;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reading the trail. Every read is itself recorded (who searched, never what for).
 */
public interface AuditLog {

    /**
     * Entries matching {@code filter}, newest first, {@code limit} at most, older than entry
     * {@code olderThan} when given (for the next page).
     */
    Page search(Actor viewer, AuditFilter filter, @Nullable Long olderThan, int limit);

    /**
     * Who did what in one case, newest first: the case's access log for its coordinators.
     */
    Page caseAccess(Actor viewer, UUID caseId, @Nullable Long olderThan, int limit);

    /** Every entry matching {@code filter}, oldest first, streamed (for CSV export); recorded as an export. */
    void export(Actor viewer, AuditFilter filter, Consumer<AuditRecord> sink);

    /** A page of entries and the id to continue from, if there are more. */
    record Page(List<AuditRecord> records, @Nullable Long nextOlderThan) {}
}

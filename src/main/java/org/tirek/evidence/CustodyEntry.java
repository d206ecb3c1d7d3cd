package org.tirek.evidence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One link of a file's chain of custody: who did what, when, and why (when a reason is required). */
public record CustodyEntry(
        long sequence,
        Action action,
        String actor,
        Instant at,
        @Nullable String reason) {

    public enum Action {
        /** The file arrived through anonymous intake (the actor is the anonymous reporter), before it was uploaded. */
        RECEIVED,
        UPLOADED,
        SHARING_COPY_MADE,
        DOWNLOADED,
        EXPORTED,
        TRANSFERRED,
        DELETED,
        /** The case was erased: its keys destroyed, the file's content and fingerprint gone. */
        ERASED
    }
}

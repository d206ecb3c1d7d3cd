package org.tirek.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a case's timeline.
 *
 * @param kind what kind of thing happened, a message key suffix ({@code timeline.kind.<kind>})
 * @param text what to show: may be sensitive (the timeline is for team members only)
 * @param actor who did it, when known
 * @param link where to read more, or {@code null}
 * @param textKey a message key that pages show in the reader's language instead of {@code text}, for
 *     entries whose text is structural (an incident's type); {@code null} when {@code text} is shown as it is
 */
public record TimelineEntry(
        Instant at,
        String kind,
        String text,
        @Nullable String actor,
        @Nullable String link,
        @Nullable String textKey) {

    /** An entry whose text is shown as it is. */
    public TimelineEntry(Instant at, String kind, String text, @Nullable String actor, @Nullable String link) {
        this(at, kind, text, actor, link, null);
    }
}

package org.tirek.proceedings.deadlines;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tirek.proceedings.Deadline;
import org.tirek.proceedings.ProceedingId;

/**
 * A proceeding's deadlines with their reasons, for the proceeding's own page and details, whose
 * read is recorded once as the proceeding's. Inside the module only: the caller has checked that
 * the viewer is on the case's team and records the read.
 */
@Component
public class ProceedingDeadlines {

    private final DeadlineRows rows;
    private final DeadlineViews views;

    ProceedingDeadlines(DeadlineRows rows, DeadlineViews views) {
        this.rows = rows;
        this.views = views;
    }

    /** The proceeding a deadline belongs to (structural, for routing a page; no access check). */
    public Optional<ProceedingId> proceedingOf(UUID deadline) {
        return rows.find(deadline).map(StoredDeadline::proceedingId);
    }

    public List<Deadline> withReasons(ProceedingId id) {
        return views.list(rows.ofProceeding(id), true);
    }
}

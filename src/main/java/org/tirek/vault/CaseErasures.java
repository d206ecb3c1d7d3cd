package org.tirek.vault;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.identity.TirekUser;

/**
 * Erasing a case by crypto-shredding, with two people: anyone who works on the case may ask; a
 * coordinator or administrator other than the asker approves, which destroys the case's keys and
 * publishes {@link CaseErased}. Everything is recorded and kept.
 */
public interface CaseErasures {

    /** Field-error value when the case's keys are already destroyed (field {@code caseId}). */
    String ALREADY_ERASED = "already erased";
    /** Field-error value when another request for the case waits for a decision (field {@code caseId}). */
    String ALREADY_PENDING = "already waiting for approval";
    /** Field-error value when the requester tries to decide their own request (field {@code decidedBy}). */
    String SAME_PERSON = "must differ from the requester";
    /** Field-error value when the request was decided before (field {@code outcome}). */
    String ALREADY_DECIDED = "already decided";

    /**
     * Asks for the erasure of a case.
     *
     * @throws org.tirek.platform.InvalidRequestException without a reason (field {@code reason}), or with field
     *     {@code caseId} set to {@link #ALREADY_ERASED} or {@link #ALREADY_PENDING}
     */
    Request request(TirekUser who, UUID caseId, String reason, boolean keepStructural);

    /** Pending requests, oldest first (approvers only). */
    List<Request> pending(TirekUser who);

    /**
     * What the erasure page shows, as one audited read: for approvers the pending requests and the
     * last 50 decisions; for anyone else no pending requests and the last 50 decisions on their own
     * requests. Reasons can be shown: they are sealed under the organisation's key, not the case's.
     */
    Overview overview(TirekUser who);

    /** Requests waiting for a decision (oldest first) and recent decisions (newest first). */
    record Overview(List<Request> pending, List<Request> recentDecisions) {}

    /**
     * Approves and erases: the case's data keys are destroyed.
     *
     * @throws org.tirek.platform.InvalidRequestException when the approver is the requester (field {@code
     *     decidedBy}: {@link #SAME_PERSON}), or it is decided (field {@code outcome}: {@link #ALREADY_DECIDED})
     */
    Request approve(TirekUser who, UUID requestId);

    /** Rejects the request; the same rules as for {@link #approve} apply to who may decide. */
    Request reject(TirekUser who, UUID requestId);

    /** A request and, once decided, its outcome. */
    record Request(
            UUID id,
            UUID caseId,
            boolean keepStructural,
            String reason,
            String requestedBy,
            Instant requestedAt,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String outcome) {}
}

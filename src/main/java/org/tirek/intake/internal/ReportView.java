package org.tirek.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.intake.IntakeAnswers;

/**
 * A report as staff read it, decrypted: sensitive, built only inside an audited read (or the case
 * timeline's one read).
 *
 * @param answers the answers in words, in the reader's language, in the order of the form
 * @param structured the same answers as data
 */
public record ReportView(
        InboxItem report,
        List<Answer> answers,
        IntakeAnswers structured,
        List<Message> messages,
        List<FileView> files) {

    /** One answer as shown: the question's label and the answer in words. */
    public record Answer(String question, String answer) {}

    /** A message of the conversation; {@code staffName} is set for replies. */
    public record Message(
            UUID id,
            Instant at,
            boolean fromStaff,
            @Nullable String staffName,
            String text) {}

    /**
     * A file the reporter sent, as described on arrival.
     *
     * @param sha256 lower-case hex SHA-256 of the content, computed when it arrived
     * @param evidenceId the evidence file it became, once taken into a case
     */
    public record FileView(
            UUID id,
            Instant receivedAt,
            String name,
            String mediaType,
            long size,
            String sha256,
            @Nullable UUID evidenceId) {}
}

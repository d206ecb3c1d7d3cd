package org.tirek.evidence;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.identity.TirekUser;
import org.tirek.people.OrganisationId;

/**
 * The evidence locker. Every method checks that {@code who} may work on the case, needs an
 * unsealed vault ({@link org.tirek.vault.VaultSealedException}), and records content access in the
 * chain of custody before any content is returned. Each call is one entry in the audit trail: reads
 * are recorded before they return, writes in the transaction that makes them.
 */
public interface Evidence {

    /**
     * Stores {@code content} encrypted, hashing and sniffing it on the way; reads the stream to its end.
     *
     * @throws org.tirek.platform.ContentTooLargeException past the size limit; nothing is kept
     * @throws org.tirek.platform.InvalidRequestException for an empty file or a bad name
     * @throws org.tirek.vault.DecryptionFailedException when the case was erased (its key is destroyed)
     */
    EvidenceFile upload(TirekUser who, UUID caseId, String fileName, InputStream content);

    /**
     * As {@link #upload}, for a file that arrived earlier through anonymous intake: its chain of
     * custody starts with a {@link CustodyEntry.Action#RECEIVED} entry at {@code arrival.at()} (the
     * anonymous reporter), and the SHA-256 computed now must equal the one computed on arrival.
     *
     * @throws IllegalStateException when the content's SHA-256 differs from the arrival's; nothing is kept
     */
    EvidenceFile receive(TirekUser who, UUID caseId, String fileName, InputStream content, Arrival arrival);

    /**
     * When and through what a file arrived, and the lower-case hex SHA-256 of its content as it arrived.
     *
     * @param via what to write as the reason of the {@code RECEIVED} entry (sealed), e.g. the report's id
     */
    record Arrival(Instant at, String sha256, String via) {}

    /**
     * The case's files whose content was not deleted.
     *
     * @throws org.tirek.vault.DecryptionFailedException when the case was erased
     */
    List<EvidenceFile> list(TirekUser who, UUID caseId);

    /**
     * A file's record.
     *
     * @throws org.tirek.platform.NotFoundException when unknown or its content was deleted
     * @throws org.tirek.vault.DecryptionFailedException when its case was erased
     */
    EvidenceFile get(TirekUser who, UUID fileId);

    /**
     * A file's chain of custody, also after its content was deleted or its case erased (then
     * without reasons, which were sealed under the destroyed key).
     */
    List<CustodyEntry> custody(TirekUser who, UUID fileId);

    /**
     * A file and its chain of custody together (one audited read, for the file's page), or what is
     * left of a file whose case was erased.
     *
     * @throws org.tirek.platform.NotFoundException when the file is unknown or its content was deleted
     */
    FileDetails details(TirekUser who, UUID fileId);

    /** A file's page: a file with its chain of custody, or what is left of a file of an erased case. */
    sealed interface FileDetails permits LiveFile, ErasedFile {

        /** The chain of custody, oldest first. */
        List<CustodyEntry> custody();
    }

    /** A file with its chain of custody. */
    record LiveFile(EvidenceFile file, List<CustodyEntry> custody) implements FileDetails {}

    /**
     * A file of an erased case: its content, name and fingerprint are gone; its media type and size
     * stay only when the erasure kept structural data. The chain of custody has no reasons (they
     * were sealed under the destroyed key) and ends with {@link CustodyEntry.Action#ERASED}.
     */
    record ErasedFile(
            UUID id,
            UUID caseId,
            Instant erasedAt,
            @Nullable String mediaType,
            @Nullable Long size,
            List<CustodyEntry> custody)
            implements FileDetails {}

    /**
     * Opens the original or the sharing copy after recording the download with its reason.
     *
     * @throws org.tirek.platform.InvalidRequestException without a reason, or when no sharing copy exists
     */
    Download download(TirekUser who, UUID fileId, Download.Copy copy, String reason);

    /**
     * As {@link #download(TirekUser, UUID, Download.Copy, String)}, for a file addressed through its case.
     *
     * @throws org.tirek.platform.NotFoundException when the file is not in {@code caseId}; nothing is recorded
     */
    Download download(TirekUser who, UUID caseId, UUID fileId, Download.Copy copy, String reason);

    /**
     * Records that the file (or a copy) was handed to another organisation, which needs the case's
     * consent to share with that organisation ({@link org.tirek.cases.ConsentPurpose#SHARING}, or
     * {@link org.tirek.cases.ConsentPurpose#LEGAL_ACTION} naming it): the transfer is recorded as shared
     * under that consent, so that revoking it lists the file. The custody entry's reason names the
     * recipient.
     *
     * @param recipient the organisation; {@code null} is refused (field {@code recipientId}) after the reason
     * @throws org.tirek.platform.InvalidRequestException without a reason (field {@code reason}), without a
     *     known recipient (field {@code recipientId})
     * @throws org.tirek.cases.NoConsentException (field {@code recipientId}) when no consent in force permits
     *     it; nothing is recorded
     */
    void recordTransfer(TirekUser who, UUID fileId, @Nullable OrganisationId recipient, String reason);

    /** Destroys the stored content (original and copy); the record and its custody chain stay. */
    void delete(TirekUser who, UUID fileId, String reason);

    /**
     * As {@link #delete(TirekUser, UUID, String)}, for a file addressed through its case.
     *
     * @throws org.tirek.platform.NotFoundException when the file is not in {@code caseId}; nothing changes
     */
    void delete(TirekUser who, UUID caseId, UUID fileId, String reason);

    /**
     * Checks access and the request, records the export in every file's chain of custody, and returns
     * the bundle ready to be written: a ZIP of the files with a manifest signed by the organisation's
     * Ed25519 key. Each file is hashed again while written; a mismatch with the recorded hash aborts.
     */
    BundleExport exportBundle(TirekUser who, UUID caseId, List<UUID> fileIds, String reason);

    /** A prepared bundle. */
    interface BundleExport {
        void writeTo(OutputStream zip);
    }
}

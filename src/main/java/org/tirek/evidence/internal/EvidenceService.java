package org.tirek.evidence.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.cases.CaseId;
import org.tirek.cases.ConsentPurpose;
import org.tirek.cases.ConsentUse;
import org.tirek.cases.Consents;
import org.tirek.evidence.CustodyEntry;
import org.tirek.evidence.Download;
import org.tirek.evidence.Evidence;
import org.tirek.evidence.EvidenceFile;
import org.tirek.identity.Actors;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.TirekUser;
import org.tirek.people.OrganisationId;
import org.tirek.people.OrganisationSummary;
import org.tirek.people.Organisations;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;
import org.tirek.vault.DecryptionFailedException;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;
import org.tirek.vault.SealedText;
import org.tirek.vault.StreamEncryption;

@Service
class EvidenceService implements Evidence {

    private final EvidenceFiles files;
    private final BlobStore store;
    private final MediaTypes mediaTypes;
    private final SharingCopies sharing;
    private final BundleWriter bundles;
    private final FieldEncryption fields;
    private final StreamEncryption streams;
    private final CaseAccess access;
    private final Consents consents;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final long maxSize;

    EvidenceService(
            EvidenceFiles files,
            BlobStore store,
            MediaTypes mediaTypes,
            SharingCopies sharing,
            BundleWriter bundles,
            FieldEncryption fields,
            StreamEncryption streams,
            CaseAccess access,
            Consents consents,
            Organisations organisations,
            AuditTrail audit,
            TransactionTemplate tx,
            Clock clock,
            @Value("${tirek.evidence.max-size:2GB}") DataSize maxSize) {
        this.files = files;
        this.store = store;
        this.mediaTypes = mediaTypes;
        this.sharing = sharing;
        this.bundles = bundles;
        this.fields = fields;
        this.streams = streams;
        this.access = access;
        this.consents = consents;
        this.organisations = organisations;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.maxSize = maxSize.toBytes();
    }

    /** The chain-of-custody actor of a file's arrival through anonymous intake. */
    static final UUID ANONYMOUS_REPORTER = new UUID(0, 0);

    @Override
    public EvidenceFile upload(TirekUser who, UUID caseId, String fileName, InputStream content) {
        return store(who, caseId, fileName, content, null);
    }

    @Override
    public EvidenceFile receive(TirekUser who, UUID caseId, String fileName, InputStream content, Arrival arrival) {
        return store(who, caseId, fileName, content, arrival);
    }

    private EvidenceFile store(
            TirekUser who,
            UUID caseId,
            String fileName,
            InputStream content,
            @org.jspecify.annotations.Nullable Arrival arrival) {
        access.check(who, caseId);
        String name = validName(fileName);
        KeyScope scope = KeyScope.ofCase(caseId);
        refuseIfErased(scope);
        UUID id = UUID.randomUUID();
        MessageDigest sha = sha256();
        LimitedInputStream counted = new LimitedInputStream(content, maxSize);
        BufferedInputStream in = new BufferedInputStream(new DigestInputStream(counted, sha), MediaTypes.PREFIX);
        String mediaType;
        BlobStore.Blob blob = store.create(id.toString());
        try {
            in.mark(MediaTypes.PREFIX);
            mediaType = mediaTypes.sniff(in.readNBytes(MediaTypes.PREFIX));
            in.reset();
            try (OutputStream out = streams.encrypting(scope, context(id, Download.Copy.ORIGINAL), blob.stream())) {
                in.transferTo(out);
            }
            if (counted.count() == 0) throw new InvalidRequestException("The file is empty", Map.of("file", "empty"));
            blob.commit();
        } catch (IOException e) {
            blob.abandon();
            throw new UncheckedIOException("The upload was interrupted", e);
        } catch (RuntimeException e) {
            blob.abandon();
            throw e;
        }
        byte[] digest = sha.digest();
        if (arrival != null && !HexFormat.of().formatHex(digest).equals(arrival.sha256())) {
            store.delete(id.toString());
            throw new IllegalStateException("The file's SHA-256 differs from the one recorded on its arrival");
        }
        Instant now = clock.instant();
        SharingResult copy = makeSharingCopy(scope, id, mediaType, counted.count());
        FileRow row = new FileRow(
                id,
                caseId,
                sealName(scope, id, name),
                mediaType,
                counted.count(),
                digest,
                copy.state(),
                copy.size(),
                who.id(),
                who.getUsername(),
                now,
                null,
                null);
        try {
            tx.executeWithoutResult(status -> {
                refuseIfErased(scope); // erased while the file arrived
                files.insert(row);
                audit.record(entry(who, EvidenceActions.UPLOAD, id, caseId));
                if (arrival != null) received(scope, id, arrival);
                append(who, scope, id, CustodyEntry.Action.UPLOADED, null, now);
                if (copy.state() == EvidenceFile.SharingCopy.STRIPPED) {
                    append(who, scope, id, CustodyEntry.Action.SHARING_COPY_MADE, null, now);
                }
            });
        } catch (RuntimeException e) {
            store.delete(id.toString());
            store.delete(id + "-sharing");
            throw e;
        }
        return toFile(row, name);
    }

    private record SharingResult(
            EvidenceFile.SharingCopy state,
            @org.jspecify.annotations.Nullable Long size) {}

    private SharingResult makeSharingCopy(KeyScope scope, UUID id, String mediaType, long size) {
        if (!sharing.supports(mediaType)) return new SharingResult(EvidenceFile.SharingCopy.NOT_SUPPORTED, null);
        if (size > SharingCopies.MAX_SIZE) return new SharingResult(EvidenceFile.SharingCopy.TOO_LARGE, null);
        byte[] original;
        try (InputStream in = decrypt(scope, id, Download.Copy.ORIGINAL)) {
            original = in.readAllBytes();
        } catch (IOException e) {
            return new SharingResult(EvidenceFile.SharingCopy.FAILED, null);
        }
        SharingCopies.Outcome outcome = sharing.strip(mediaType, original);
        java.util.Arrays.fill(original, (byte) 0);
        return switch (outcome) {
            // type patterns, not record patterns: the formatter also runs on JDK 17, whose parser lacks them
            case SharingCopies.Stripped stripped -> storeSharingCopy(scope, id, stripped.bytes());
            case SharingCopies.TooLarge tooLarge -> new SharingResult(EvidenceFile.SharingCopy.TOO_LARGE, null);
            case SharingCopies.Failed failed -> new SharingResult(EvidenceFile.SharingCopy.FAILED, null);
        };
    }

    private SharingResult storeSharingCopy(KeyScope scope, UUID id, byte[] stripped) {
        BlobStore.Blob blob = store.create(id + "-sharing");
        try {
            try (OutputStream out = streams.encrypting(scope, context(id, Download.Copy.SHARING), blob.stream())) {
                out.write(stripped);
            }
            blob.commit();
        } catch (IOException e) {
            blob.abandon();
            return new SharingResult(EvidenceFile.SharingCopy.FAILED, null);
        }
        return new SharingResult(EvidenceFile.SharingCopy.STRIPPED, (long) stripped.length);
    }

    @Override
    public List<EvidenceFile> list(TirekUser who, UUID caseId) {
        access.check(who, caseId);
        KeyScope scope = KeyScope.ofCase(caseId);
        refuseIfErased(scope);
        List<EvidenceFile> list = files.ofCase(caseId).stream()
                .map(r -> toFile(r, openName(scope, r)))
                .toList();
        audit.record(AuditEntry.of(Actors.of(who), EvidenceActions.LIST)
                .about("case", caseId)
                .inCase(caseId));
        return list;
    }

    @Override
    public EvidenceFile get(TirekUser who, UUID fileId) {
        FileRow row = live(who, fileId);
        EvidenceFile file = toFile(row, openName(KeyScope.ofCase(row.caseId()), row));
        audit.record(entry(who, EvidenceActions.VIEW, fileId, row.caseId()));
        return file;
    }

    @Override
    public List<CustodyEntry> custody(TirekUser who, UUID fileId) {
        FileRow row = row(who, fileId);
        List<CustodyEntry> custody = custodyOf(row);
        audit.record(entry(who, EvidenceActions.CUSTODY, fileId, row.caseId()));
        return custody;
    }

    @Override
    public FileDetails details(TirekUser who, UUID fileId) {
        FileRow row = row(who, fileId);
        Instant erasedAt = row.erasedAt();
        FileDetails details = erasedAt != null
                ? new ErasedFile(row.id(), row.caseId(), erasedAt, row.mediaType(), row.size(), custodyOf(row))
                : new LiveFile(toFile(notDeleted(row), openName(KeyScope.ofCase(row.caseId()), row)), custodyOf(row));
        audit.record(entry(who, EvidenceActions.VIEW, fileId, row.caseId()));
        return details;
    }

    /** The chain of custody; for an erased case without reasons, which were sealed under the destroyed key. */
    private List<CustodyEntry> custodyOf(FileRow row) {
        KeyScope scope = KeyScope.ofCase(row.caseId());
        return files.custody(row.id()).stream()
                .map(c -> new CustodyEntry(
                        c.sequence(), c.action(), c.actor(), c.at(), row.erased() ? null : openReason(scope, c)))
                .toList();
    }

    private static AuditEntry entry(TirekUser who, AuditAction action, UUID fileId, UUID caseId) {
        return AuditEntry.of(Actors.of(who), action)
                .about("evidence_file", fileId)
                .inCase(caseId);
    }

    @Override
    public Download download(TirekUser who, UUID fileId, Download.Copy copy, String reason) {
        return download(who, live(who, fileId), copy, reason);
    }

    @Override
    public Download download(TirekUser who, UUID caseId, UUID fileId, Download.Copy copy, String reason) {
        return download(who, liveInCase(who, caseId, fileId), copy, reason);
    }

    private Download download(TirekUser who, FileRow row, Download.Copy copy, String reason) {
        UUID fileId = row.id();
        String why = validReason(reason);
        if (copy == Download.Copy.SHARING && row.sharingCopy() != EvidenceFile.SharingCopy.STRIPPED) {
            throw new InvalidRequestException("This file has no sharing copy", Map.of("copy", "no sharing copy"));
        }
        KeyScope scope = KeyScope.ofCase(row.caseId());
        EvidenceFile file = toFile(row, openName(scope, row));
        InputStream content = decrypt(scope, fileId, copy); // fails before anything is recorded when sealed
        tx.executeWithoutResult(s -> {
            audit.record(entry(who, EvidenceActions.DOWNLOAD, fileId, row.caseId()));
            append(
                    who,
                    scope,
                    fileId,
                    CustodyEntry.Action.DOWNLOADED,
                    copy == Download.Copy.SHARING ? "[sharing copy] " + why : why,
                    clock.instant());
        });
        Long sharingSize = row.sharingSize();
        long size = copy == Download.Copy.SHARING && sharingSize != null ? sharingSize : row.bytes();
        return new Download(file, copy, size, content);
    }

    @Override
    public void recordTransfer(TirekUser who, UUID fileId, @Nullable OrganisationId recipient, String reason) {
        FileRow row = live(who, fileId);
        String why = validReason(reason);
        String to = (recipient == null ? Optional.<OrganisationSummary>empty() : organisations.find(recipient))
                .map(OrganisationSummary::name)
                .orElseThrow(() -> new InvalidRequestException(
                        "Choose the organisation the file was handed to",
                        Map.of("recipientId", "no such organisation")));
        tx.executeWithoutResult(s -> {
            consents.recordUse(
                    who,
                    CaseId.of(row.caseId()),
                    EnumSet.of(ConsentPurpose.SHARING, ConsentPurpose.LEGAL_ACTION),
                    Objects.requireNonNull(recipient),
                    ConsentUse.Kind.EVIDENCE_TRANSFER,
                    fileId,
                    "recipientId");
            audit.record(entry(who, EvidenceActions.TRANSFER, fileId, row.caseId()));
            append(
                    who,
                    KeyScope.ofCase(row.caseId()),
                    fileId,
                    CustodyEntry.Action.TRANSFERRED,
                    to + " — " + why,
                    clock.instant());
        });
    }

    @Override
    public void delete(TirekUser who, UUID fileId, String reason) {
        delete(who, live(who, fileId), reason);
    }

    @Override
    public void delete(TirekUser who, UUID caseId, UUID fileId, String reason) {
        delete(who, liveInCase(who, caseId, fileId), reason);
    }

    private void delete(TirekUser who, FileRow row, String reason) {
        UUID fileId = row.id();
        String why = validReason(reason);
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            audit.record(entry(who, EvidenceActions.DELETE, fileId, row.caseId()));
            append(who, KeyScope.ofCase(row.caseId()), fileId, CustodyEntry.Action.DELETED, why, now);
            files.markDeleted(fileId, now);
        });
        store.delete(fileId.toString());
        store.delete(fileId + "-sharing");
    }

    @Override
    public BundleExport exportBundle(TirekUser who, UUID caseId, List<UUID> fileIds, String reason) {
        access.check(who, caseId);
        String why = validReason(reason);
        if (fileIds.isEmpty()) throw new InvalidRequestException("Choose at least one file", Map.of("files", "none"));
        KeyScope scope = KeyScope.ofCase(caseId);
        List<FileRow> rows =
                fileIds.stream().distinct().map(id -> live(who, id)).toList();
        if (rows.stream().anyMatch(r -> !r.caseId().equals(caseId))) {
            throw new InvalidRequestException("All files must belong to this case", Map.of("files", "other case"));
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            audit.record(AuditEntry.of(Actors.of(who), EvidenceActions.EXPORT)
                    .about("case", caseId)
                    .inCase(caseId));
            rows.forEach(r -> append(who, scope, r.id(), CustodyEntry.Action.EXPORTED, why, now));
        });
        List<BundleWriter.Item> items = rows.stream()
                .map(r -> new BundleWriter.Item(
                        toFile(r, openName(scope, r)),
                        custodyOf(r),
                        () -> decrypt(scope, r.id(), Download.Copy.ORIGINAL)))
                .toList();
        return zip -> bundles.write(caseId, who.getUsername(), why, now, items, zip);
    }

    private InputStream decrypt(KeyScope scope, UUID id, Download.Copy copy) {
        String key = copy == Download.Copy.SHARING ? id + "-sharing" : id.toString();
        try {
            return streams.decrypting(scope, context(id, copy), store.open(key));
        } catch (IOException e) {
            throw new UncheckedIOException("The stored file is missing", e);
        }
    }

    private FileRow row(TirekUser who, UUID fileId) {
        FileRow row = files.find(fileId).orElseThrow(() -> new NotFoundException("No such evidence file"));
        access.check(who, row.caseId());
        return row;
    }

    /** A file whose content is there: a file of an erased case is gone (410), a deleted one not found. */
    private FileRow live(TirekUser who, UUID fileId) {
        return notDeleted(row(who, fileId));
    }

    private static FileRow notDeleted(FileRow row) {
        if (row.erased()) throw DecryptionFailedException.keyDestroyed(KeyScope.ofCase(row.caseId()));
        if (row.deletedAt() != null) throw new NotFoundException("This evidence file was deleted");
        return row;
    }

    /** Refuses, as gone, what would need the key of an erased case. */
    private void refuseIfErased(KeyScope scope) {
        if (fields.shredded(scope)) throw DecryptionFailedException.keyDestroyed(scope);
    }

    /** A live file reached through its case's address: another case's file is not found there. */
    private FileRow liveInCase(TirekUser who, UUID caseId, UUID fileId) {
        FileRow row = live(who, fileId);
        if (!row.caseId().equals(caseId)) throw new NotFoundException("No such evidence file in this case");
        return row;
    }

    private void append(
            TirekUser who,
            KeyScope scope,
            UUID fileId,
            CustodyEntry.Action action,
            @org.jspecify.annotations.Nullable String reason,
            Instant at) {
        UUID entryId = UUID.randomUUID();
        byte @org.jspecify.annotations.Nullable [] sealed = reason == null
                ? null
                : fields.seal(scope, FieldRef.of("evidence_custody", "reason", entryId), reason)
                        .stored();
        files.append(entryId, fileId, action, who.id(), who.getUsername(), at, sealed);
    }

    private void received(KeyScope scope, UUID fileId, Arrival arrival) {
        UUID entryId = UUID.randomUUID();
        byte[] via = fields.seal(scope, FieldRef.of("evidence_custody", "reason", entryId), arrival.via())
                .stored();
        files.append(
                entryId,
                fileId,
                CustodyEntry.Action.RECEIVED,
                ANONYMOUS_REPORTER,
                "anonymous-reporter",
                arrival.at(),
                via);
    }

    private byte[] sealName(KeyScope scope, UUID id, String name) {
        return fields.seal(scope, FieldRef.of("evidence_file", "name", id), name)
                .stored();
    }

    private String openName(KeyScope scope, FileRow row) {
        return fields.open(
                scope, FieldRef.of("evidence_file", "name", row.id()), SealedText.fromStored(row.nameSealed()));
    }

    private @org.jspecify.annotations.Nullable String openReason(KeyScope scope, EvidenceFiles.CustodyRow c) {
        byte[] sealed = c.reasonSealed();
        return sealed == null
                ? null
                : fields.open(
                        scope, FieldRef.of("evidence_custody", "reason", c.entryId()), SealedText.fromStored(sealed));
    }

    private static EvidenceFile toFile(FileRow row, String name) {
        return new EvidenceFile(
                row.id(),
                row.caseId(),
                name,
                row.type(),
                row.bytes(),
                HexFormat.of().formatHex(row.fingerprint()),
                row.uploaderName(),
                row.uploadedAt(),
                row.sharingCopy());
    }

    static String context(UUID id, Download.Copy copy) {
        return "evidence/" + id + "/" + copy.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String validName(String fileName) {
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) name = name.substring(slash + 1);
        if (name.isEmpty() || name.length() > 255 || name.chars().anyMatch(c -> c < 0x20)) {
            throw new InvalidRequestException("Give the file a name of 1 to 255 characters", Map.of("name", "1-255"));
        }
        return name;
    }

    private static String validReason(String reason) {
        String why = reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw new InvalidRequestException(
                    "A reason of 1 to 1000 characters is required", Map.of("reason", "required"));
        }
        return why;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

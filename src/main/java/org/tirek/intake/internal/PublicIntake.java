package org.tirek.intake.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.platform.TooManyRequestsException;
import org.tirek.vault.VaultSealedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reporter's side: the form, submitting, and coming back with the receipt. Needs no key: what
 * arrives is encrypted to the intake public key before anything is written, so all of this works
 * while the vault is sealed; only showing messages back needs it unsealed.
 *
 * <p>A reporter who came back holds no session: after the receipt was checked, the page carries a
 * short-lived signed conversation token (report id and expiry, HMAC) instead of the receipt.
 */
@Service
public class PublicIntake {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String REPORT_FORM = "report";
    static final String MESSAGE_FORM = "message";

    private final Questionnaires questionnaires;
    private final Reports reports;
    private final Envelopes envelopes;
    private final Receipts receipts;
    private final FormTokens tokens;
    private final Throttles throttles;
    private final ProofOfWork work;
    private final Uploads uploads;
    private final IntakeSecret secret;
    private final IntakeAudit audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration conversationLifetime;

    PublicIntake(
            Questionnaires questionnaires,
            Reports reports,
            Envelopes envelopes,
            Receipts receipts,
            FormTokens tokens,
            Throttles throttles,
            ProofOfWork work,
            Uploads uploads,
            IntakeSecret secret,
            IntakeAudit audit,
            TransactionTemplate tx,
            Clock clock,
            @Value("${tirek.time-zone:UTC}") ZoneId zone,
            @Value("${tirek.intake.conversation-lifetime:PT30M}") Duration conversationLifetime) {
        this.questionnaires = questionnaires;
        this.reports = reports;
        this.envelopes = envelopes;
        this.receipts = receipts;
        this.tokens = tokens;
        this.throttles = throttles;
        this.work = work;
        this.uploads = uploads;
        this.secret = secret;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.zone = zone;
        this.conversationLifetime = conversationLifetime;
    }

    /** An empty form: the questionnaire in use and a fresh token. */
    public Blank blank() {
        return new Blank(questionnaires.current(), tokens.issue(REPORT_FORM));
    }

    public record Blank(Questionnaire questionnaire, String token) {}

    /** The zero bits the optional proof of work asks for (the form's script computes it). */
    public int powBits() {
        return work.bits();
    }

    /** The most files one submission or message may carry. */
    public int maxFiles() {
        return uploads.maxFiles();
    }

    /** The largest file accepted, in bytes. */
    public long maxFileSize() {
        return uploads.maxSize();
    }

    /** What a submission came to. */
    public sealed interface Outcome permits Accepted, Rejected {}

    /** Saved: the receipt code, shown once. */
    public record Accepted(String receipt) implements Outcome {
        @Override
        public String toString() {
            return "Accepted[receipt redacted]";
        }
    }

    /**
     * Not saved: the form comes back with what was typed, the errors by question id (message keys),
     * a general message key, and a fresh token.
     */
    public record Rejected(
            Questionnaire questionnaire,
            Map<String, String> form,
            Map<String, String> errors,
            @Nullable String problem,
            String token,
            boolean filesDropped)
            implements Outcome {}

    /**
     * Checks, encrypts and saves a report.
     *
     * @throws TooManyRequestsException when the submissions budget is spent
     */
    public Outcome submit(
            Map<String, String> form, List<Uploads.Incoming> files, String token, @Nullable String powNonce) {
        boolean worked = work.valid(token, powNonce);
        if (!throttles.submission(worked)) {
            throw new TooManyRequestsException("Too many reports arrive right now. Please try again in a few minutes.");
        }
        Questionnaire questionnaire = questionnaireOf(form);
        FormTokens.Check check = tokens.check(REPORT_FORM, token);
        if (check != FormTokens.Check.VALID)
            return rejected(questionnaire, form, Map.of(), problem(check), !files.isEmpty());
        if (work.required() && !worked)
            return rejected(questionnaire, form, Map.of(), "intake.error.pow", !files.isEmpty());
        Answers.Read read = Answers.read(questionnaire, form, LocalDate.now(clock.withZone(zone)));
        Map<String, String> errors = new LinkedHashMap<>(read.errors());
        List<Uploads.Sealed> sealed = sealFiles(questionnaire, files, errors);
        if (!errors.isEmpty()) return rejected(questionnaire, form, errors, "intake.error.summary", !files.isEmpty());
        UUID id = UUID.randomUUID();
        byte[] answers =
                envelopes.seal("intake_report", "answers", id, Answers.toJson(questionnaire.version(), read.answers()));
        Receipts.Issued receipt = receipts.issue();
        Instant now = clock.instant();
        Boolean saved = tx.execute(status -> {
            if (!tokens.consume(token)) {
                status.setRollbackOnly();
                return false;
            }
            reports.insertReport(id, now, questionnaire.version(), receipt, answers);
            insertFiles(id, now, sealed);
            audit.reporter(IntakeAudit.SUBMIT, id);
            return true;
        });
        if (!Boolean.TRUE.equals(saved))
            return rejected(questionnaire, form, Map.of(), "intake.error.replayed", !files.isEmpty());
        return new Accepted(Receipts.grouped(receipt.code()));
    }

    private List<Uploads.Sealed> sealFiles(
            Questionnaire questionnaire, List<Uploads.Incoming> files, Map<String, String> errors) {
        Questionnaire.Question question = questionnaire.of(Questionnaire.Kind.FILES);
        String key = question == null ? "files" : question.id();
        if (files.isEmpty()) {
            if (question != null && question.required()) errors.put(key, "intake.error.required");
            return List.of();
        }
        if (question == null) {
            errors.put(key, "intake.error.file.type");
            return List.of();
        }
        if (files.size() > uploads.maxFiles()) {
            errors.put(key, "intake.error.file.tooMany");
            return List.of();
        }
        List<Uploads.Sealed> sealed = new ArrayList<>();
        for (Uploads.Incoming file : files) {
            try {
                sealed.add(uploads.seal(file, envelopes));
            } catch (Uploads.Refused e) {
                errors.put(key, e.messageKey());
                return List.of();
            }
        }
        return sealed;
    }

    private void insertFiles(UUID reportId, Instant now, List<Uploads.Sealed> files) {
        for (Uploads.Sealed file : files) {
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("name", file.name());
            meta.put("mediaType", file.mediaType());
            meta.put("size", file.size());
            meta.put("sha256", file.sha256());
            byte[] sealedMeta = envelopes.seal("intake_file", "meta", file.id(), JSON.writeValueAsString(meta));
            reports.insertFile(file.id(), reportId, now, file.wrappedKey(), sealedMeta, file.ciphertext());
        }
    }

    private Questionnaire questionnaireOf(Map<String, String> form) {
        String version = form.get("version");
        if (version != null && version.matches("[0-9]{1,6}")) {
            try {
                return questionnaires.version(Integer.parseInt(version));
            } catch (RuntimeException e) { // an unknown version: the current one
                return questionnaires.current();
            }
        }
        return questionnaires.current();
    }

    private Rejected rejected(
            Questionnaire questionnaire,
            Map<String, String> form,
            Map<String, String> errors,
            String problem,
            boolean files) {
        return new Rejected(questionnaire, form, errors, problem, tokens.issue(REPORT_FORM), files);
    }

    private static String problem(FormTokens.Check check) {
        return switch (check) {
            case EXPIRED -> "intake.error.expired";
            case USED -> "intake.error.replayed";
            default -> "intake.error.forged";
        };
    }

    // ---- coming back with the receipt ----

    /**
     * The report a receipt opens, as a conversation token, or {@code null} when the code opens none
     * (counted against the look-up budgets).
     *
     * @throws TooManyRequestsException when too many wrong codes were tried (globally or for this tag)
     */
    public @Nullable String open(String typed) {
        String code = Receipts.normalise(typed);
        if (code == null) return null; // not the shape of a receipt: a typo, not a guess
        int tag = receipts.tag(code);
        if (!throttles.lookupAllowed(tag)) {
            audit.receiptRefused();
            throw new TooManyRequestsException(
                    "Too many wrong receipt codes were tried. Please wait a quarter of an hour and try again.");
        }
        for (Reports.ReceiptRow row : reports.withTag(tag)) {
            if (receipts.matches(code, row.salt(), row.hash())) return conversationToken(row.id());
        }
        throttles.lookupFailed(tag);
        audit.receiptRefused();
        return null;
    }

    /** The reporter's view of a conversation, from a conversation token. */
    public record Conversation(
            UUID reportId,
            String token,
            Instant receivedAt,
            String status,
            boolean deletionRequested,
            @Nullable List<Message> messages,
            int files,
            String messageFormToken) {}

    /** A message as the reporter sees it: from staff or from the reporter. */
    public record Message(Instant at, boolean fromStaff, String text) {}

    /**
     * The conversation; messages are {@code null} while the vault is sealed (they cannot be read then).
     *
     * @throws InvalidConversation when the token is forged, expired, or its report was deleted
     */
    public Conversation conversation(String token) {
        UUID id = reportOf(token);
        Reports.ReportRow row = reports.report(id).orElseThrow(InvalidConversation::new);
        List<Message> messages;
        try {
            messages = reports.messages(id).stream()
                    .map(m -> new Message(
                            m.sentAt(), m.fromStaff(), envelopes.open("intake_message", "body", m.id(), m.body())))
                    .toList();
        } catch (VaultSealedException e) {
            messages = null;
        }
        audit.reporter(IntakeAudit.FOLLOW_UP, id);
        return new Conversation(
                id,
                conversationToken(id),
                row.receivedAt(),
                status(row),
                row.deletionRequestedAt() != null,
                messages,
                reports.files(id).size(),
                tokens.issue(MESSAGE_FORM));
    }

    /** What the reporter is told of the report's state: spam is never revealed. */
    private static String status(Reports.ReportRow row) {
        if (row.deletionRequestedAt() != null) return "intake.status.deletion";
        return switch (row.state()) {
            case NEW, SPAM -> row.assignedTo() == null ? "intake.status.received" : "intake.status.reading";
            case CONVERTED, ATTACHED -> "intake.status.taken";
        };
    }

    /**
     * Adds the reporter's message and files to the conversation.
     *
     * @return the message keys of problems (empty when saved); nothing is saved when there is one
     * @throws InvalidConversation when the conversation token is not valid
     */
    public Map<String, String> reply(String conversation, String formToken, String text, List<Uploads.Incoming> files) {
        UUID id = reportOf(conversation);
        if (reports.report(id).isEmpty()) throw new InvalidConversation();
        if (!throttles.message())
            throw new TooManyRequestsException(
                    "Too many messages arrive right now. Please try again in a few minutes.");
        FormTokens.Check check = tokens.check(MESSAGE_FORM, formToken);
        if (check != FormTokens.Check.VALID) return Map.of("form", problem(check));
        String body = text.strip();
        if (body.isEmpty() && files.isEmpty()) return Map.of("text", "intake.error.empty");
        if (body.length() > 20_000) return Map.of("text", "intake.error.tooLong");
        if (files.size() > uploads.maxFiles()) return Map.of("files", "intake.error.file.tooMany");
        List<Uploads.Sealed> sealed = new ArrayList<>();
        for (Uploads.Incoming file : files) {
            try {
                sealed.add(uploads.seal(file, envelopes));
            } catch (Uploads.Refused e) {
                return Map.of("files", e.messageKey());
            }
        }
        UUID messageId = UUID.randomUUID();
        byte[] sealedBody = body.isEmpty() ? null : envelopes.seal("intake_message", "body", messageId, body);
        Instant now = clock.instant();
        Boolean saved = tx.execute(status -> {
            if (!tokens.consume(formToken)) {
                status.setRollbackOnly();
                return false;
            }
            if (sealedBody != null) {
                reports.insertMessage(messageId, id, now, null, null, sealedBody);
                audit.reporter(IntakeAudit.REPORTER_MESSAGE, id);
            }
            if (!sealed.isEmpty()) {
                insertFiles(id, now, sealed);
                audit.reporter(IntakeAudit.REPORTER_FILES, id);
            }
            return true;
        });
        return Boolean.TRUE.equals(saved) ? Map.of() : Map.of("form", "intake.error.replayed");
    }

    /** Records that the reporter asked for the report to be deleted (done by the next retention run). */
    public void requestDeletion(String conversation) {
        UUID id = reportOf(conversation);
        if (reports.report(id).isEmpty()) throw new InvalidConversation();
        tx.executeWithoutResult(status -> {
            reports.requestDeletion(id, clock.instant());
            audit.reporter(IntakeAudit.DELETION_REQUEST, id);
        });
    }

    /** A conversation token that is forged, expired or names a deleted report. */
    public static final class InvalidConversation extends RuntimeException {
        InvalidConversation() {
            super("The conversation has ended", null, false, false);
        }
    }

    private String conversationToken(UUID reportId) {
        ByteBuffer body = ByteBuffer.allocate(24);
        body.putLong(reportId.getMostSignificantBits())
                .putLong(reportId.getLeastSignificantBits())
                .putLong(clock.instant().plus(conversationLifetime).toEpochMilli());
        byte[] mac = Arrays.copyOf(secret.hmac(conversationData(body.array())), 16);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        ByteBuffer.allocate(40).put(body.array()).put(mac).array());
    }

    private UUID reportOf(String token) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidConversation();
        }
        if (raw.length != 40) throw new InvalidConversation();
        byte[] body = Arrays.copyOf(raw, 24);
        byte[] mac = Arrays.copyOfRange(raw, 24, 40);
        if (!MessageDigest.isEqual(mac, Arrays.copyOf(secret.hmac(conversationData(body)), 16)))
            throw new InvalidConversation();
        ByteBuffer b = ByteBuffer.wrap(body);
        UUID id = new UUID(b.getLong(), b.getLong());
        if (Instant.ofEpochMilli(b.getLong()).isBefore(clock.instant())) throw new InvalidConversation();
        return id;
    }

    private static byte[] conversationData(byte[] body) {
        byte[] label = "tirek/intake/conversation|".getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(label.length + body.length)
                .put(label)
                .put(body)
                .array();
    }
}

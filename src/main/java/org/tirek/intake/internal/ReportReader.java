package org.tirek.intake.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tirek.intake.IntakeAnswers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens what reporters sent with the intake private key: answers, messages, file descriptions and
 * file content. Records nothing itself: callers record the read (triage) or run inside one (the
 * case timeline).
 *
 * @throws org.tirek.vault.VaultSealedException from every method while the vault is sealed
 */
@Component
class ReportReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Reports reports;
    private final Questionnaires questionnaires;
    private final Envelopes envelopes;
    private final MessageSource messages;

    ReportReader(Reports reports, Questionnaires questionnaires, Envelopes envelopes, MessageSource messages) {
        this.reports = reports;
        this.questionnaires = questionnaires;
        this.envelopes = envelopes;
        this.messages = messages;
    }

    ReportView view(Reports.ReportRow row, Locale locale) {
        Questionnaire questionnaire = questionnaires.version(row.questionnaireVersion());
        Answers.Stored stored = stored(row);
        return new ReportView(
                InboxItem.of(row),
                AnswerTexts.of(questionnaire, stored, locale, messages),
                Answers.structured(questionnaire, stored),
                conversation(row),
                reports.files(row.id()).stream().map(this::file).toList());
    }

    IntakeAnswers structured(Reports.ReportRow row) {
        return Answers.structured(questionnaires.version(row.questionnaireVersion()), stored(row));
    }

    List<ReportView.Message> conversation(Reports.ReportRow row) {
        return reports.messages(row.id()).stream()
                .map(m -> new ReportView.Message(
                        m.id(),
                        m.sentAt(),
                        m.fromStaff(),
                        m.staffName(),
                        envelopes.open("intake_message", "body", m.id(), m.body())))
                .toList();
    }

    ReportView.FileView file(Reports.FileRow f) {
        Map<String, Object> meta = JSON.readValue(
                envelopes.open("intake_file", "meta", f.id(), f.meta()), new TypeReference<Map<String, Object>>() {});
        return new ReportView.FileView(
                f.id(),
                f.receivedAt(),
                String.valueOf(meta.get("name")),
                String.valueOf(meta.get("mediaType")),
                meta.get("size") instanceof Number size ? size.longValue() : 0L,
                String.valueOf(meta.get("sha256")),
                f.evidenceId());
    }

    /** The plaintext of a file; reading fails with an {@code IOException} when the content was altered. */
    InputStream content(Reports.FileRow f) {
        return envelopes.fileKey(f.id(), f.wrappedKey()).decrypting(new ByteArrayInputStream(reports.content(f.id())));
    }

    private Answers.Stored stored(Reports.ReportRow row) {
        return Answers.parse(envelopes.open("intake_report", "answers", row.id(), row.answers()));
    }
}

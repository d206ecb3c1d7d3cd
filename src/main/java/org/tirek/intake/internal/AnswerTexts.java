package org.tirek.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The stored answers in words, question by question, in the reader's language. */
final class AnswerTexts {

    private AnswerTexts() {}

    static List<ReportView.Answer> of(
            Questionnaire questionnaire, Answers.Stored stored, Locale locale, MessageSource messages) {
        List<ReportView.Answer> answers = new ArrayList<>();
        for (Questionnaire.Question q : questionnaire.questions()) {
            if (!stored.answers().containsKey(q.id())) continue;
            String value = stored.text(q.id());
            String text = switch (q.kind()) {
                case CHOICE -> option(q, value, locale);
                case WHAT_HAPPENED ->
                    option(q, value, locale) + " (" + messages.getMessage("intake.note.gbvims", null, locale) + ": "
                            + messages.getMessage("incidents.type." + value, null, String.valueOf(value), locale)
                            + ")";
                case WHERE -> messages.getMessage("region." + value, null, String.valueOf(value), locale);
                case SAFE_NOW -> messages.getMessage("intake.safe." + value, null, String.valueOf(value), locale);
                case WHO -> messages.getMessage("intake.who." + value, null, String.valueOf(value), locale);
                case AREA -> messages.getMessage("intake.area." + value, null, String.valueOf(value), locale);
                case CONTACT -> contact(stored.object(q.id()), locale, messages);
                case CONSENT -> consent(stored.list(q.id()), locale, messages);
                default -> String.valueOf(value);
            };
            answers.add(new ReportView.Answer(q.label(locale), text == null ? "" : text));
        }
        return answers;
    }

    private static String option(Questionnaire.Question q, @Nullable String value, Locale locale) {
        return q.choices().stream()
                .filter(o -> o.value().equals(value))
                .map(o -> o.label(locale))
                .findFirst()
                .orElse(String.valueOf(value));
    }

    private static String consent(List<String> given, Locale locale, MessageSource messages) {
        if (given.isEmpty()) return messages.getMessage("intake.consent.none", null, locale);
        List<String> purposes = new ArrayList<>();
        for (String p : given) purposes.add(messages.getMessage("intake.consent." + p, null, p, locale));
        return String.join("; ", purposes);
    }

    private static String contact(Map<String, Object> contact, Locale locale, MessageSource messages) {
        String way = String.valueOf(contact.get("way"));
        StringBuilder text = new StringBuilder(messages.getMessage("intake.contact." + way, null, way, locale));
        if (contact.get("phone") != null) text.append(" — ").append(contact.get("phone"));
        if (contact.get("times") != null)
            text.append(" — ")
                    .append(messages.getMessage("intake.contact.times", null, locale))
                    .append(' ')
                    .append(contact.get("times"));
        if ("PHONE".equals(way)) {
            text.append(" — ")
                    .append(messages.getMessage(
                            Boolean.TRUE.equals(contact.get("message"))
                                    ? "intake.contact.message.yes"
                                    : "intake.contact.message.no",
                            null,
                            locale));
        }
        return text.toString();
    }
}

package org.tirek.intake.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report in words, as notes of the case it is taken into: a heading with the arrival time, each
 * answer (consent and contact wishes among them) as "question — answer", then the conversation so far.
 * A case note holds at most {@value #MAX} characters here (the cases module accepts 20,000), so a
 * long report is split over several notes, each headed "(part i of n)", at line breaks where it can.
 */
@Component
class ReportNotes {

    static final int MAX = 19_000;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final MessageSource messages;

    ReportNotes(MessageSource messages) {
        this.messages = messages;
    }

    List<String> of(ReportView view, Locale locale) {
        StringBuilder text = new StringBuilder(messages.getMessage(
                "intake.note.title", new Object[] {WHEN.format(view.report().receivedAt())}, locale));
        for (ReportView.Answer answer : view.answers())
            text.append('\n').append(answer.question()).append(" — ").append(answer.answer());
        for (ReportView.Message m : view.messages()) {
            String from = m.fromStaff()
                    ? String.valueOf(m.staffName())
                    : messages.getMessage("intake.from.reporter", null, locale);
            text.append("\n[")
                    .append(WHEN.format(m.at()))
                    .append("] ")
                    .append(from)
                    .append(": ")
                    .append(m.text());
        }
        return split(text.toString(), locale);
    }

    private List<String> split(String text, Locale locale) {
        List<String> parts = split(text, MAX - 100);
        if (parts.size() == 1) return parts;
        List<String> headed = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String head = messages.getMessage("intake.note.part", new Object[] {i + 1, parts.size()}, locale);
            headed.add(head + "\n" + parts.get(i));
        }
        return headed;
    }

    /**
     * {@code text} in pieces of at most {@code max} characters that join back into it, each cut after
     * a line break where there is one (never inside a surrogate pair).
     */
    static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (text.length() - start > max) {
            int cut = text.lastIndexOf('\n', start + max);
            int end = cut > start ? cut + 1 : start + max;
            if (Character.isHighSurrogate(text.charAt(end - 1))) end--;
            parts.add(text.substring(start, end));
            start = end;
        }
        parts.add(text.substring(start));
        return parts;
    }
}

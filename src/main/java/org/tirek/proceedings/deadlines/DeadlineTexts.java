package org.tirek.proceedings.deadlines;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tirek.proceedings.rules.Phrase;

/**
 * Renders a deadline's label, note and counting in the viewer's language (the request's locale,
 * English for jobs). A label or note that is not a message key is shown as the pack wrote it.
 */
@Component
class DeadlineTexts {

    private final MessageSource messages;

    DeadlineTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String keyOrText) {
        return java.util.Objects.requireNonNullElse(
                messages.getMessage(keyOrText, null, keyOrText, locale()), keyOrText);
    }

    @Nullable String optional(@Nullable String keyOrText) {
        return keyOrText == null ? null : text(keyOrText);
    }

    String counting(List<Phrase> phrases) {
        Locale locale = locale();
        return phrases.stream()
                .map(p -> java.util.Objects.requireNonNullElse(
                        messages.getMessage(p.key(), p.args().toArray(), p.key(), locale), p.key()))
                .collect(Collectors.joining("; "));
    }

    String inEnglish(String keyOrText, Object... args) {
        return java.util.Objects.requireNonNullElse(
                messages.getMessage(keyOrText, args, keyOrText, Locale.ENGLISH), keyOrText);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}

package org.tirek.proceedings.alerts;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders an alert's explanation in a language: its structural arguments are translated through the
 * proceedings bundle ({@code state:X} → {@code proceedings.state.X}, {@code type:}, {@code event:},
 * {@code categories:A,B}) so an explanation names states and types, never a person or a note.
 */
@Component
public class AlertTexts {

    private final MessageSource messages;

    AlertTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The explanation of {@code alert} in {@code locale}. */
    public String explanation(Alert alert, Locale locale) {
        Object[] args =
                alert.explanationArgs().stream().map(a -> argument(a, locale)).toArray();
        return orElse(messages.getMessage(alert.explanationKey(), args, alert.explanationKey(), locale), "");
    }

    /** The rule's short title, e.g. "Surrender while asylum is pending". */
    public String title(Alert alert, Locale locale) {
        return message("alerts.rule." + alert.rule(), alert.rule(), locale);
    }

    /** The severity's name in {@code locale}. */
    public String severity(Severity severity, Locale locale) {
        return message("alerts.severity." + severity.name(), severity.name(), locale);
    }

    private String argument(String token, Locale locale) {
        int colon = token.indexOf(':');
        if (colon < 0) return token;
        String kind = token.substring(0, colon);
        String value = token.substring(colon + 1);
        return switch (kind) {
            case "state" -> message("proceedings.state." + value, value, locale);
            case "type" -> message("proceedings.type." + value, value, locale);
            case "event" -> message("proceedings.event." + value, value, locale);
            case "deadline" -> message("alerts.deadline." + value, value, locale);
            case "categories" ->
                Arrays.stream(value.split(","))
                        .map(c -> message("proceedings.category." + c, c, locale))
                        .collect(Collectors.joining(", "));
            case "date", "instant" -> value;
            default -> token;
        };
    }

    private String message(String key, String fallback, Locale locale) {
        return orElse(messages.getMessage(key, null, fallback, locale), fallback);
    }

    private static String orElse(@Nullable String text, String fallback) {
        return text == null ? fallback : text;
    }
}

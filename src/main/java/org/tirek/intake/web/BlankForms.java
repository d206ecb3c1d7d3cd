package org.tirek.intake.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.tirek.intake.internal.PublicIntake;

/**
 * The blank report form, rendered once per language and questionnaire version and then served with
 * only its one-time token put in. The blank form is what every submission starts with, so a flood of
 * reports is a flood of these pages: rendering it each time took about twice the CPU time of checking,
 * encrypting and saving a report (bench/intake.sh). Nothing else on it depends on the request: the
 * language links, the quick exit and the limits are the same for everyone. A form that comes back
 * with errors is rendered as usual.
 */
@Component
class BlankForms {

    /** Stands for the token in a cached page; a token is base64url, so it needs no escaping where it goes. */
    static final String TOKEN = "tirek-blank-form-token";

    private final ITemplateEngine templates;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    BlankForms(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The page for {@code blank} in {@code locale}; {@code model} holds what every public page has. */
    String page(PublicIntake.Blank blank, Locale locale, Map<String, Object> model) {
        String key = locale.getLanguage() + "|" + blank.questionnaire().version();
        String page = pages.computeIfAbsent(key, k -> render(blank, locale, model));
        return page.replace(TOKEN, blank.token());
    }

    private String render(PublicIntake.Blank blank, Locale locale, Map<String, Object> model) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("questionnaire", blank.questionnaire());
        variables.put("token", TOKEN);
        variables.put("form", Map.of());
        variables.put("errors", Map.of());
        String page = templates.process("intake/public/form", new Context(locale, variables));
        if (!page.contains(TOKEN)) throw new IllegalStateException("the form template lost its token");
        return page;
    }
}

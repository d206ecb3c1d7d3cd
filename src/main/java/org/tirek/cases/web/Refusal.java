package org.tirek.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tirek.platform.InvalidRequestException;

/**
 * A refused form as its page shows it: a message key next to each refused field ({@code <prefix><field>})
 * and the field that takes the focus, the first refused one in the order of the form. A field the form
 * does not show becomes {@code form} ({@code <prefix>form}).
 */
record Refusal(Map<String, String> errors, String autofocus) {

    static final Refusal NONE = new Refusal(Map.of(), "");

    static Refusal of(InvalidRequestException e, String prefix, List<String> formFields) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : e.fieldErrors().keySet()) {
            if (formFields.contains(field)) errors.put(field, prefix + field);
            else errors.put("form", prefix + "form");
        }
        if (errors.isEmpty()) errors.put("form", prefix + "form");
        String focus =
                formFields.stream().filter(errors::containsKey).findFirst().orElse("");
        return new Refusal(errors, focus);
    }
}

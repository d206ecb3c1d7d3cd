package org.tirek.proceedings.alerts;

import java.util.List;

/** What a rule found to hold now: the alert that must be active for it. */
record Finding(
        String rule,
        String subject,
        Severity severity,
        String explanationKey,
        List<String> args,
        List<AlertLink> links) {

    Finding {
        args = List.copyOf(args);
        links = List.copyOf(links);
    }
}

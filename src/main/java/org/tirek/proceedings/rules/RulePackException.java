package org.tirek.proceedings.rules;

import org.jspecify.annotations.Nullable;

/**
 * A rule pack that cannot be used. The message is one line naming the file, the rule (when the
 * problem is in one) and the problem, e.g. {@code Rule pack ME.yaml, rule ME-APPEAL: unknown event
 * APPEL_LODGED for EXTRADITION}. Packs hold no sensitive data, so the message may quote them.
 */
public class RulePackException extends RuntimeException {

    private final String file;
    private final @Nullable String rule;
    private final String problem;

    public RulePackException(String file, @Nullable String rule, String problem) {
        super("Rule pack " + file + (rule == null ? "" : ", rule " + rule) + ": " + problem);
        this.file = file;
        this.rule = rule;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public @Nullable String rule() {
        return rule;
    }

    public String problem() {
        return problem;
    }
}

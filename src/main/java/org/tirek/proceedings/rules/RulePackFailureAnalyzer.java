package org.tirek.proceedings.rules;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start stopped by a rule pack ends with the pack's one-line problem, not a stack trace. */
class RulePackFailureAnalyzer extends AbstractFailureAnalyzer<RulePackException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, RulePackException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Correct the file (docs/operators/rule-packs.md describes the format) or remove it from"
                        + " TIREK_RULE_PACKS_DIR. Tirek does not start with a rule pack it cannot check.",
                cause);
    }
}

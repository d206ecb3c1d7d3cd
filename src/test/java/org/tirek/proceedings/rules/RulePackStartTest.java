package org.tirek.proceedings.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The rule packs are read when the application starts: a directory with a broken pack stops the
 * start, and what the operator reads is one line naming the file, the rule and the problem.
 */
class RulePackStartTest {

    @TempDir
    Path dir;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(RulePackConfiguration.class)
            .withBean(MessageSource.class, RulePackStartTest::messages);

    @Test
    void theShippedPacksAndAnOrganisationsExtensionStart() throws IOException {
        Files.writeString(dir.resolve("ME.yaml"), """
                id: ME
                mode: EXTEND
                version: "org.1"
                disable: [ME-FORMAL-REQUEST-45D]
                """);
        context.withPropertyValues("tirek.rule-packs.directory=" + dir).run(started -> {
            assertThat(started).hasNotFailed();
            RulePack me = started.getBean(RulePacks.class).pack("ME").orElseThrow();
            assertThat(me.version()).isEqualTo("2026.1+org.1");
            assertThat(me.rules()).extracting(Rule::id).doesNotContain("ME-FORMAL-REQUEST-45D");
        });
    }

    @Test
    void aPackThatFailsItsChecksStopsTheStartWithAOneLineReason() throws IOException {
        Path file = dir.resolve("KZ-ORG.yaml");
        Files.writeString(file, """
                id: KZ
                mode: EXTEND
                version: "org.1"
                rules:
                  - id: KZ-ORG-APPEAL
                    label: Appeal against a court protective order
                    proceedings: [PROTECTIVE_ORDER]
                    starts: [COURT_ORDER_ISSUED]
                    period: {amount: 10, unit: FORTNIGHTS}
                    basis: "our lawyers' reading of the Code"
                    confidence: UNVERIFIED
                """);
        context.withPropertyValues("tirek.rule-packs.directory=" + dir).run(failed -> {
            assertThat(failed).hasFailed();
            Throwable cause = failed.getStartupFailure();
            FailureAnalysis analysis = new RulePackFailureAnalyzer().analyze(cause);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription())
                    .isEqualTo("Rule pack " + file + ", rule KZ-ORG-APPEAL: unknown unit 'FORTNIGHTS' (use one of"
                            + " [HOURS, CALENDAR_DAYS, WORKING_DAYS, MONTHS, YEARS])");
            assertThat(analysis.getAction()).contains("TIREK_RULE_PACKS_DIR");
        });
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/deadlines");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}

package org.tirek.proceedings.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The rule packs as a bean: the files in {@code rulepacks/} of the jar, and those in {@code
 * tirek.rule-packs.directory} ({@code TIREK_RULE_PACKS_DIR}) when set. Read at start, so that a
 * broken pack stops the start instead of a deadline going missing later.
 */
@Configuration(proxyBeanMethods = false)
class RulePackConfiguration {

    @Bean
    RulePacks rulePacks(@Value("${tirek.rule-packs.directory:}") String directory, MessageSource messages) {
        return RulePacks.load(
                shipped(), directory, key -> messages.getMessage(key, null, null, Locale.ENGLISH) != null);
    }

    static List<RulePacks.Source> shipped() {
        try {
            List<RulePacks.Source> sources = new ArrayList<>();
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:rulepacks/*.yaml");
            for (Resource r : java.util.Arrays.stream(files)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList()) {
                sources.add(new RulePacks.Source(
                        "rulepacks/" + r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped rule packs", e);
        }
    }
}

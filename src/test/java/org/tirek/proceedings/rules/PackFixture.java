package org.tirek.proceedings.rules;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The shipped packs and the deadlines bundle, for unit tests without Spring. */
final class PackFixture {

    static final ZoneId PODGORICA = ZoneId.of("Europe/Podgorica");
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final ZoneId STRASBOURG = ZoneId.of("Europe/Paris");
    static final Predicate<String> MESSAGES = messages()::containsKey;
    static final RulePacks SHIPPED = RulePacks.of(RulePackConfiguration.shipped(), List.of(), MESSAGES);

    private static final ResourceBundleMessageSource BUNDLE = bundle();

    private PackFixture() {}

    static HolidayCalendar calendar(String pack) {
        return SHIPPED.pack(pack).orElseThrow().calendar();
    }

    static Rule rule(String id) {
        return SHIPPED.packs().stream()
                .flatMap(p -> p.rules().stream())
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The counting as English readers see it. */
    static String english(Computation c) {
        return c.counting().stream()
                .map(p -> BUNDLE.getMessage(p.key(), p.args().toArray(), Locale.ENGLISH))
                .collect(Collectors.joining("; "));
    }

    static List<String> keys(Computation c) {
        return c.counting().stream()
                .map(p -> p.key().substring("deadlines.counting.".length()))
                .toList();
    }

    private static Properties messages() {
        Properties p = new Properties();
        try (var in = PackFixture.class.getResourceAsStream("/i18n/deadlines.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/deadlines");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}

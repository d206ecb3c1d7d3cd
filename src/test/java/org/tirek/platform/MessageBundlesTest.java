package org.tirek.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every message bundle has the same keys in English, Russian and Kazakh, and no empty text. */
class MessageBundlesTest {

    static Stream<String> bundles() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties")) {
            String file = String.valueOf(r.getFilename());
            names.add(file.replaceAll("(_[a-z]{2})?\\.properties$", ""));
        }
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void hasTheSameKeysInEveryLanguage(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        for (String language : new String[] {"ru", "kk"}) {
            Properties other = load(bundle + "_" + language + ".properties");
            assertThat(new TreeSet<>(other.stringPropertyNames()))
                    .as("keys of %s_%s against English", bundle, language)
                    .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
            other.forEach((k, v) ->
                    assertThat(v.toString()).as("%s in %s", k, language).isNotBlank());
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void placeholdersMatchAcrossLanguages(String bundle) throws IOException {
        Pattern placeholder = Pattern.compile("\\{\\d+}");
        Properties english = load(bundle + ".properties");
        for (String language : new String[] {"ru", "kk"}) {
            Properties other = load(bundle + "_" + language + ".properties");
            for (String key : english.stringPropertyNames()) {
                Set<String> expected = new TreeSet<>(placeholder
                        .matcher(english.getProperty(key))
                        .results()
                        .map(m -> m.group())
                        .toList());
                Set<String> actual = new TreeSet<>(placeholder
                        .matcher(other.getProperty(key, ""))
                        .results()
                        .map(m -> m.group())
                        .toList());
                assertThat(actual).as("placeholders of %s in %s", key, language).isEqualTo(expected);
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as("bundle file %s", name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

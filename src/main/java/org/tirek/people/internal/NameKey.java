package org.tirek.people.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The form of a name that the blind index is computed over, so that spellings of one name in
 * Cyrillic and Latin letters, in any case, order and spacing, meet: {@code "Айгерим Нурланова"},
 * {@code "NURLANOVA Aigerim"} and {@code "Nurlanova,  Aygerim"} all become {@code "aigerim nurlanova"}.
 *
 * <p>Steps: lower case; Russian and Kazakh Cyrillic transliterated to Latin; accents and the letters
 * of the Kazakh Latin alphabet folded; common romanisation variants folded into one (kh→h, gh→g, zh and
 * dzh→j, ts→c, ye→e, y→i, q→k, w→v, ph→f, shch→sh, doubled letters); apostrophes dropped, anything else but letters
 * taken as a space (letters of other scripts are kept as they are); the parts sorted. The folding is deliberately coarse: it finds <em>possible</em> duplicates
 * for a person to look at, never decides that two persons are the same.
 */
final class NameKey {

    private static final Map<Character, String> CYRILLIC = cyrillic();

    /** Romanisation variants, applied in this order to the transliterated Latin text. */
    private static final String[][] FOLDS = {
        {"shch", "sh"},
        {"sch", "sh"},
        {"dzh", "j"},
        {"zh", "j"},
        {"kh", "h"},
        {"gh", "g"},
        {"tch", "ch"},
        {"ts", "c"},
        {"tz", "c"},
        {"ph", "f"},
        {"ck", "k"},
        {"q", "k"},
        {"w", "v"},
        {"ye", "e"},
        {"yo", "e"},
        {"y", "i"}
    };

    private NameKey() {}

    /** The normalised form of {@code name}; empty when it holds no letters. */
    static String of(String name) {
        // apostrophes join (O'Brien, and the 2018 Kazakh Latin alphabet's A'lia); other non-letters separate
        String latin = transliterate(name.toLowerCase(Locale.ROOT)).replaceAll("['’ʼ`´]", "");
        return Arrays.stream(latin.split("\\P{L}+"))
                .filter(part -> !part.isEmpty())
                .map(NameKey::fold)
                .filter(part -> !part.isEmpty())
                .sorted()
                .collect(Collectors.joining(" "));
    }

    private static String transliterate(String lower) {
        StringBuilder out = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String latin = CYRILLIC.get(c);
            out.append(latin != null ? latin : String.valueOf(c));
        }
        // Kazakh Latin letters and other accents: ş, ç, ğ, ı, ñ, ä, ö, ü, ū, é…
        String folded = out.toString()
                .replace("ş", "sh")
                .replace("ç", "ch")
                .replace("ı", "i")
                .replace("ß", "ss");
        return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static String fold(String part) {
        String s = part;
        for (String[] f : FOLDS) s = s.replace(f[0], f[1]);
        StringBuilder single = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (single.isEmpty() || single.charAt(single.length() - 1) != c) single.append(c);
        }
        return single.toString();
    }

    private static Map<Character, String> cyrillic() {
        String[][] pairs = {
            {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"}, {"ж", "zh"},
            {"з", "z"}, {"и", "i"}, {"й", "i"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"},
            {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"},
            {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"},
            {"я", "ya"}, {"ә", "a"}, {"ғ", "g"}, {"қ", "k"}, {"ң", "n"}, {"ө", "o"}, {"ұ", "u"}, {"ү", "u"},
            {"һ", "h"}, {"і", "i"}, {"ї", "i"}, {"є", "e"}, {"ў", "u"}
        };
        return Arrays.stream(pairs).collect(Collectors.toUnmodifiableMap(p -> p[0].charAt(0), p -> p[1]));
    }
}

package org.tirek.people;

import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A person's pseudonymous code, like {@code CL-7K3Q-9XPD}: random, unique, and meaningless, so it can
 * stand for a person in case records, lists and conversations without naming them. Its letters leave
 * out those easily confused when read aloud or written by hand (0, 1, I, L, O, U).
 */
public record ClientCode(String value) {

    /** The 30 characters of a code: digits 2-9 and letters without I, L, O and U. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final Pattern SHAPE = Pattern.compile("CL-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    private static final Pattern LOOSE = Pattern.compile("(CL)?-?([" + ALPHABET + "]{4})-?([" + ALPHABET + "]{4})");

    /** @throws IllegalArgumentException when {@code value} is not {@code CL-XXXX-XXXX} in the alphabet */
    public ClientCode {
        if (!SHAPE.matcher(value).matches())
            throw new IllegalArgumentException("A client code looks like CL-7K3Q-9XPD");
    }

    /** A new random code; uniqueness is the caller's to check. */
    public static ClientCode generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder("CL-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) code.append('-');
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ClientCode(code.toString());
    }

    /**
     * Reads a code as people type it: any case, with or without the {@code CL} prefix and dashes,
     * surrounding spaces ignored.
     *
     * @throws IllegalArgumentException when it is not a client code
     */
    public static ClientCode parse(String text) {
        String compact = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        var match = LOOSE.matcher(compact);
        if (!match.matches()) throw new IllegalArgumentException("A client code looks like CL-7K3Q-9XPD");
        return new ClientCode("CL-" + match.group(2) + "-" + match.group(3));
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.tirek.identity;

/**
 * A new password in clear, on its way to being hashed. Its {@code toString()} is redacted so that it
 * cannot end up in a log line or an exception message by accident.
 */
public final class Password {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /**
     * Checks the password policy: 12 to 256 characters.
     *
     * @throws IllegalArgumentException naming the rule that failed, never the password
     */
    public static Password of(String value) {
        if (value.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_LENGTH + " characters");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A password has at most " + MAX_LENGTH + " characters");
        }
        return new Password(value);
    }

    /** The clear text, for the password encoder only. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}

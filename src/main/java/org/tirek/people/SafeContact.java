package org.tirek.people;

import org.jspecify.annotations.Nullable;

/**
 * How the team may reach a person without putting them at risk (standard in domestic-violence
 * referrals): a phone that is safe to call, when, whether a message may be left, a code word to
 * agree on who is calling, and notes. The most sensitive data in Tirek after a person's whereabouts:
 * sealed under the person's key. {@code toString()} shows no content.
 *
 * @param mayLeaveMessage {@code null} when not asked yet
 */
public record SafeContact(
        @Nullable String safePhone,
        @Nullable String safeTimes,
        @Nullable Boolean mayLeaveMessage,
        @Nullable String codeWord,
        @Nullable String notes) {

    /** No rules recorded yet. */
    public static final SafeContact NONE = new SafeContact(null, null, null, null, null);

    @Override
    public String toString() {
        return "SafeContact[hidden]";
    }
}

package org.tirek.intake;

import org.jspecify.annotations.Nullable;

/**
 * Whether and how the organisation may contact the reporter, with the safe-contact rules of DV
 * referral practice: a safe phone number, safe times to call, and whether a message may be left.
 * Sensitive: it says where a person can be reached.
 *
 * @param way how contact is wanted
 * @param phone the safe number, only with {@link Way#PHONE}
 * @param safeTimes when it is safe to call, in the reporter's words
 * @param mayLeaveMessage whether a voice or text message may be left on that phone
 */
public record SafeContact(
        Way way, @Nullable String phone, @Nullable String safeTimes, boolean mayLeaveMessage) {

    /** How the reporter wants to be contacted. */
    public enum Way {
        /** No contact: the report is for the record. */
        NONE,
        /** Only through replies on the follow-up page, with the receipt code. */
        FOLLOW_UP_PAGE,
        /** By phone, on the safe number, at the safe times. */
        PHONE
    }

    public static SafeContact followUpOnly() {
        return new SafeContact(Way.FOLLOW_UP_PAGE, null, null, false);
    }
}

package org.tirek.cases;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.platform.Region;

/**
 * A filtered, sorted page of the case list. Lawyers and caseworkers only ever see the cases they are
 * on; coordinators and administrators see all, or only theirs with {@code mine}.
 *
 * @param member only cases this user is on
 * @param page 0-based
 * @param codename the start of the codename, any case
 */
public record CaseQuery(
        @Nullable CaseType type,
        @Nullable CaseStatus status,
        @Nullable Region region,
        @Nullable Priority priority,
        @Nullable UUID member,
        boolean mine,
        boolean includeSynthetic,
        Sort sort,
        int page,
        int size,
        @Nullable String codename) {

    public static final int MAX_SIZE = 200;

    /** How the list is ordered. */
    public enum Sort {
        NEWEST,
        OLDEST,
        REFERENCE,
        PRIORITY,
        RECENTLY_CHANGED
    }

    /** Cases whose codename starts with {@code codename}, whatever the case of its letters. */
    public static CaseQuery byCodename(String codename) {
        return new CaseQuery(null, null, null, null, null, false, true, Sort.NEWEST, 0, MAX_SIZE, codename);
    }

    public static CaseQuery firstPage() {
        return new CaseQuery(null, null, null, null, null, false, true, Sort.NEWEST, 0, 50, null);
    }
}

package org.tirek.proceedings.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.cases.CaseId;
import org.tirek.cases.Cases;
import org.tirek.identity.CalendarFeeds;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.InvalidRequestException;
import org.tirek.proceedings.Deadline;
import org.tirek.proceedings.DeadlineQuery;
import org.tirek.proceedings.DeadlineStatus;
import org.tirek.proceedings.Deadlines;

/**
 * The hearings and deadlines a user may see in a time range, for the calendar pages, the API and
 * the iCal feed. Who sees what is the deadline board's rule: coordinators and administrators every
 * case, lawyers and caseworkers the cases whose team they are on, analysts and auditors none.
 * Waived deadlines are left out (they are no longer to be met); met ones stay, to show what was
 * done.
 */
@Service
@Transactional(readOnly = true)
public class Calendars {

    /** The longest range one request may ask for (a month view asks for six weeks). */
    public static final Duration LONGEST = Duration.ofDays(400);

    /** What the feed holds: from a month back to a year ahead. */
    static final Duration FEED_BEFORE = Duration.ofDays(31);

    static final Duration FEED_AFTER = Duration.ofDays(366);

    private static final Set<Role> OVERSEERS = EnumSet.of(Role.COORDINATOR, Role.ADMIN);
    private static final Set<Role> VIEWERS = EnumSet.of(Role.COORDINATOR, Role.ADMIN, Role.LAWYER, Role.CASEWORKER);

    private final HearingRows hearings;
    private final Deadlines deadlines;
    private final Cases cases;
    private final CalendarFeeds feeds;
    private final IcalFeed ical;
    private final Clock clock;

    Calendars(HearingRows hearings, Deadlines deadlines, Cases cases, CalendarFeeds feeds, IcalFeed ical, Clock clock) {
        this.hearings = hearings;
        this.deadlines = deadlines;
        this.cases = cases;
        this.feeds = feeds;
        this.ical = ical;
        this.clock = clock;
    }

    /**
     * The hearings and deadlines from {@code from} until before {@code until}, soonest first; at
     * most {@link DeadlineQuery#LIMIT} of each.
     *
     * @throws InvalidRequestException when the range is empty or longer than {@link #LONGEST}
     */
    public List<CalendarEntry> between(TirekUser who, Instant from, Instant until) {
        if (!from.isBefore(until)) {
            throw new InvalidRequestException(
                    "The start of the range must come before its end", Map.of("from", "before until"));
        }
        if (Duration.between(from, until).compareTo(LONGEST) > 0) {
            throw new InvalidRequestException(
                    "Ask for at most " + LONGEST.toDays() + " days at a time", Map.of("until", "at most 400 days"));
        }
        if (!VIEWERS.contains(who.role())) return List.of();
        Set<CaseId> visible = OVERSEERS.contains(who.role()) ? null : cases.onTeamOf(who);
        if (visible != null && visible.isEmpty()) return List.of();
        List<HearingRows.Hearing> found = hearings.between(from, until, visible, DeadlineQuery.LIMIT);
        Set<CaseId> ids = new HashSet<>();
        found.forEach(h -> ids.add(h.caseId()));
        Map<CaseId, String> references = cases.references(ids);
        List<CalendarEntry> entries = new ArrayList<>();
        for (HearingRows.Hearing h : found) {
            entries.add(new CalendarEntry(
                    CalendarEntry.Kind.HEARING,
                    h.eventId(),
                    h.at().toInstant(),
                    h.at().getOffset(),
                    false,
                    h.caseId(),
                    references.getOrDefault(h.caseId(), ""),
                    h.proceedingId(),
                    h.type(),
                    h.title(),
                    null,
                    null,
                    h.held()));
        }
        for (Deadline d : deadlines.board(who, DeadlineQuery.dueBetween(from, until))) {
            if (d.status() == DeadlineStatus.WAIVED) continue;
            entries.add(new CalendarEntry(
                    CalendarEntry.Kind.DEADLINE,
                    d.id(),
                    d.due(),
                    ZoneId.of(d.computed().zone()),
                    d.endOfDay(),
                    d.caseId(),
                    d.caseReference() == null ? "" : d.caseReference(),
                    d.proceedingId(),
                    d.proceedingType(),
                    d.proceedingTitle(),
                    d.basis().label(),
                    d.status(),
                    false));
        }
        entries.sort(Comparator.comparing(CalendarEntry::at).thenComparing(e -> e.id()));
        return entries;
    }

    /**
     * The iCal feed behind a secret address: the owner's hearings and deadlines from a month back to
     * a year ahead, each with only the case's reference and what it is. Empty for an unknown or
     * revoked token, or a disabled account.
     */
    @Transactional
    public Optional<String> feed(@Nullable String token) {
        if (token == null) return Optional.empty();
        return feeds.authenticate(token).map(owner -> {
            Instant now = clock.instant();
            return ical.write(between(owner, now.minus(FEED_BEFORE), now.plus(FEED_AFTER)), now);
        });
    }
}

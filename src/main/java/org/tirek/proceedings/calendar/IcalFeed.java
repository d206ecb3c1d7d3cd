package org.tirek.proceedings.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.springframework.stereotype.Component;
import org.tirek.proceedings.DeadlineStatus;
import org.tirek.proceedings.ProceedingType;

/**
 * Writes calendar entries as an iCalendar document (RFC 5545) with ical4j. What a calendar
 * application stores on a phone leaves our control, so an event carries only the case's reference
 * and what it is ("TRK-2026-0001 · Hearing · Extradition"): no title, no name, no note, no place.
 * Texts are in English: a feed has no session and so no language.
 */
@Component
class IcalFeed {

    static final String PRODUCT = "-//Tirek//Calendar feed//EN";

    /** How long a hearing is shown: the feed does not know, so an hour. */
    private static final Duration HEARING = Duration.ofHours(1);

    String write(List<CalendarEntry> entries, Instant now) {
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withDefaults()
                .withProperty(ImmutableMethod.PUBLISH)
                .withProperty(new XProperty("X-WR-CALNAME", "Tirek"))
                .getFluentTarget();
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, now));
        }
        return calendar.toString();
    }

    private static VEvent event(CalendarEntry entry, Instant now) {
        String what = entry.kind() == CalendarEntry.Kind.HEARING ? "Hearing" : "Deadline";
        String summary = entry.caseReference() + " · " + what + " · " + type(entry.proceedingType());
        VEvent event;
        if (entry.allDay()) {
            LocalDate day = entry.local().toLocalDate();
            event = new VEvent(day, day.plusDays(1), summary);
        } else if (entry.kind() == CalendarEntry.Kind.HEARING) {
            event = new VEvent(entry.at(), entry.at().plus(HEARING), summary);
        } else {
            event = new VEvent(entry.at(), summary); // a moment: due then
        }
        event.replace(new DtStamp(now));
        event.add(new Uid(entry.id() + "@tirek"));
        event.add(new Categories(what.toUpperCase(java.util.Locale.ROOT)));
        if (entry.held() || entry.status() == DeadlineStatus.MET) event.add(new Status(Status.VALUE_CONFIRMED));
        return event;
    }

    /** The proceeding's type in English, as the feed says it. */
    static String type(ProceedingType type) {
        return switch (type) {
            case ARREST_WARRANT -> "Prosecution";
            case INTERPOL -> "Interpol";
            case EXTRADITION -> "Extradition";
            case ASYLUM -> "Asylum";
            case PROTECTIVE_ORDER -> "Protective order";
            case DOMESTIC_CRIMINAL -> "Criminal case";
            case INTERIM_MEASURE -> "Interim measure";
            case ECTHR_APPLICATION -> "ECtHR application";
            case UN_COMMUNICATION -> "UN communication";
            case GENERIC -> "Proceeding";
        };
    }
}

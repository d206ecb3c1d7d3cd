package org.tirek.proceedings.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tirek.proceedings.Confidence;
import org.tirek.proceedings.rules.HolidayCalendar;
import org.tirek.proceedings.rules.Rule;
import org.tirek.proceedings.rules.RulePack;
import org.tirek.proceedings.rules.RulePacks;
import org.tirek.proceedings.rules.Trigger;

/** The rule packs as the API and the read-only page show them, texts in the viewer's language. */
@Component
class RulePackViews {

    /** A pack. {@code zone} is null when days count in each proceeding's jurisdiction's zone. */
    record PackView(
            String id,
            String version,
            String name,
            String jurisdiction,
            @Nullable String zone,
            String source,
            Holidays holidays,
            List<RuleView> rules) {}

    /** What the pack's calendar lists. */
    record Holidays(
            Set<Integer> completeYears,
            Map<Integer, String> incompleteYears,
            int listed,
            int unverified,
            String source) {}

    /** A rule, with its label and note in the viewer's language. */
    record RuleView(
            String id,
            String label,
            List<String> proceedings,
            List<Trigger> starts,
            @Nullable String startAttribute,
            int amount,
            String unit,
            boolean before,
            boolean startDayCounts,
            boolean rollForward,
            String clockChange,
            @Nullable String dueTime,
            String warnBefore,
            long warnHours,
            String basis,
            Confidence confidence,
            @Nullable String note,
            List<Trigger> metBy,
            List<Trigger> waivedBy,
            @Nullable Set<String> jurisdictions,
            @Nullable Set<String> requestingStates,
            @Nullable Set<String> notRequestingStates,
            @Nullable LocalDate since,
            boolean endsWithProceeding,
            boolean replaces) {}

    private final RulePacks packs;
    private final MessageSource messages;

    RulePackViews(RulePacks packs, MessageSource messages) {
        this.packs = packs;
        this.messages = messages;
    }

    List<PackView> all() {
        return packs.packs().stream()
                .sorted(java.util.Comparator.comparing(RulePack::isDefault)) // the fallback after the named ones
                .map(this::pack)
                .toList();
    }

    private PackView pack(RulePack p) {
        HolidayCalendar c = p.calendar();
        int unverified = (int) c.holidays().values().stream()
                .filter(h -> h.confidence() == Confidence.UNVERIFIED)
                .count();
        return new PackView(
                p.id(),
                p.version(),
                p.name(),
                p.jurisdiction(),
                p.zone() == null ? null : p.zone().getId(),
                p.source(),
                new Holidays(
                        new TreeSet<>(c.complete()),
                        c.incomplete(),
                        c.holidays().size(),
                        unverified,
                        c.source()),
                p.rules().stream().map(this::rule).toList());
    }

    private RuleView rule(Rule r) {
        return new RuleView(
                r.id(),
                text(r.label()),
                r.proceedings().stream().map(Enum::name).sorted().toList(),
                r.starts(),
                r.startAttribute(),
                r.period().amount(),
                r.period().unit().name(),
                r.period().before(),
                r.counting().startDayCounts(),
                r.counting().rollForward(),
                r.counting().clockChange().name(),
                r.dueTime() == null ? null : r.dueTime().toString(),
                r.warnBefore().toString(),
                r.warnBefore().toHours(),
                r.basis(),
                r.confidence(),
                r.note() == null ? null : text(r.note()),
                r.metBy(),
                r.waivedBy(),
                r.jurisdictions() == null ? null : new TreeSet<>(r.jurisdictions()),
                r.requestingStates() == null ? null : new TreeSet<>(r.requestingStates()),
                r.notRequestingStates() == null ? null : new TreeSet<>(r.notRequestingStates()),
                r.since(),
                r.endsWithProceeding(),
                r.replaces());
    }

    private String text(String keyOrText) {
        Locale locale = LocaleContextHolder.getLocale();
        return Objects.requireNonNullElse(messages.getMessage(keyOrText, null, keyOrText, locale), keyOrText);
    }
}

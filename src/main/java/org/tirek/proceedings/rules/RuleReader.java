package org.tirek.proceedings.rules;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tirek.proceedings.Confidence;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.machine.Machines;

/** Reads and checks one rule of a pack. */
final class RuleReader {

    static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9_.-]{0,63}");
    private static final Pattern ATTRIBUTE = Pattern.compile("[a-zA-Z]{1,40}");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}|ECHR|INTERPOL|EU|UN");
    private static final Set<String> KEYS = Set.of(
            "id",
            "label",
            "proceedings",
            "starts",
            "startAttribute",
            "period",
            "counting",
            "dueTime",
            "warnBefore",
            "basis",
            "confidence",
            "note",
            "metBy",
            "waivedBy",
            "jurisdictions",
            "requestingState",
            "since",
            "endsWithProceeding",
            "replaces");

    /** What every rule of a pack shares: its defaults, its lists of states, the known message keys. */
    record Context(
            Counting counting, Duration warnBefore, Map<String, Set<String>> stateLists, Predicate<String> messages) {}

    private final Node node;
    private final Context context;

    private RuleReader(Node node, Context context) {
        this.node = node;
        this.context = context;
    }

    static Rule read(Node raw, Context context) {
        String id = raw.required("id");
        if (!RULE_ID.matcher(id).matches()) {
            throw raw.fail(
                    "rule id '" + id + "' must be capitals, digits, '-', '.' or '_' (e.g. ME-EXTRADITION-APPEAL)");
        }
        return new RuleReader(raw.inRule(id).allow(KEYS), context).rule(id);
    }

    private Rule rule(String id) {
        Set<ProceedingType> proceedings = proceedings();
        Period period = period();
        Counting counting = counting();
        Confidence confidence = confidence(node, node.has("confidence") ? node.required("confidence") : null);
        checkEarlier(confidence, counting, period);
        LocalTime dueTime = dueTime(period);
        return new Rule(
                id,
                label(node.required("label"), "label"),
                proceedings,
                triggers("starts", proceedings, true),
                attribute(node.optional("startAttribute")),
                period,
                counting,
                dueTime,
                warnBefore(node, context.warnBefore()),
                basis(),
                confidence,
                node.optional("note") == null ? null : label(node.required("note"), "note"),
                triggers("metBy", proceedings, false),
                triggers("waivedBy", proceedings, false),
                node.has("jurisdictions") ? states(node.strings("jurisdictions"), "jurisdictions") : null,
                requesting("in"),
                requesting("notIn"),
                since(),
                node.flag("endsWithProceeding", true),
                node.flag("replaces", false));
    }

    private Set<ProceedingType> proceedings() {
        List<String> names = node.strings("proceedings");
        if (names.isEmpty()) throw node.fail("'proceedings' is missing: name the proceeding types it applies to");
        Set<ProceedingType> types = new LinkedHashSet<>();
        for (String name : names) {
            try {
                types.add(ProceedingType.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw node.fail(
                        "unknown proceeding type '" + name + "' (use one of " + List.of(ProceedingType.values()) + ")");
            }
        }
        return types;
    }

    private List<Trigger> triggers(String key, Set<ProceedingType> proceedings, boolean required) {
        List<Trigger> triggers = new ArrayList<>();
        for (Node t : node.nodes(key, "event")) {
            t.allow(Set.of("event", "when", "unless"));
            String event = t.required("event");
            SortedSet<String> known = new TreeSet<>();
            proceedings.forEach(p -> known.addAll(Machines.of(p).events()));
            if (!known.contains(event)) {
                throw node.fail("unknown event " + event + " in '" + key + "' for " + names(proceedings));
            }
            triggers.add(new Trigger(event, conditions(t, "when"), conditions(t, "unless")));
        }
        if (required && triggers.isEmpty()) throw node.fail("'" + key + "' is missing: name the events that start it");
        return triggers;
    }

    private Map<String, Set<String>> conditions(Node trigger, String key) {
        Node c = trigger.node(key);
        if (c == null) return Map.of();
        Map<String, Set<String>> conditions = new HashMap<>();
        for (String attribute : c.keys()) {
            conditions.put(attribute(attribute), Set.copyOf(c.strings(attribute)));
        }
        return conditions;
    }

    private Period period() {
        Node p = node.node("period");
        if (p == null) throw node.fail("'period' is missing: give amount and unit");
        p.allow(Set.of("amount", "unit", "before"));
        String amount = p.required("amount");
        if (!amount.matches("[1-9]\\d{0,4}"))
            throw p.fail("period amount '" + amount + "' must be a whole number from 1");
        String unitName = p.required("unit");
        PeriodUnit unit;
        try {
            unit = PeriodUnit.valueOf(unitName);
        } catch (IllegalArgumentException e) {
            throw p.fail("unknown unit '" + unitName + "' (use one of " + List.of(PeriodUnit.values()) + ")");
        }
        boolean before = p.flag("before", false);
        if (before && unit != PeriodUnit.CALENDAR_DAYS && unit != PeriodUnit.WORKING_DAYS) {
            throw p.fail("only CALENDAR_DAYS and WORKING_DAYS count backwards ('before')");
        }
        return new Period(Integer.parseInt(amount), unit, before);
    }

    private Counting counting() {
        Node c = node.node("counting");
        Counting base = context.counting();
        if (c == null) return base;
        return counting(c.allow(Set.of("startDayCounts", "rollForward", "clockChange")), base);
    }

    /** The conventions {@code c} sets, the others from {@code base}. */
    static Counting counting(Node c, Counting base) {
        Counting.ClockChange clock = base.clockChange();
        String change = c.optional("clockChange");
        if (change != null) {
            try {
                clock = Counting.ClockChange.valueOf(change);
            } catch (IllegalArgumentException e) {
                throw c.fail("unknown clockChange '" + change + "' (use ELAPSED or EARLIER)");
            }
        }
        return new Counting(
                c.flag("startDayCounts", base.startDayCounts()), c.flag("rollForward", base.rollForward()), clock);
    }

    /** Where the brief marks a rule unverified, only the earlier reading is allowed (DOMAIN.md §2). */
    private void checkEarlier(Confidence confidence, Counting counting, Period period) {
        if (confidence != Confidence.UNVERIFIED) return;
        boolean days = period.unit() != PeriodUnit.HOURS && !period.before();
        if ((days && !counting.startDayCounts())
                || counting.rollForward()
                || (period.unit() == PeriodUnit.HOURS && counting.clockChange() != Counting.ClockChange.EARLIER)) {
            throw node.fail("an UNVERIFIED rule must count the earlier way"
                    + " (startDayCounts: true, rollForward: false, clockChange: EARLIER)");
        }
    }

    private @Nullable LocalTime dueTime(Period period) {
        String text = node.optional("dueTime");
        if (text == null) return null;
        if (period.unit() == PeriodUnit.HOURS) throw node.fail("'dueTime' is for days, not hours");
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw node.fail("dueTime '" + text + "' is not a time like 16:00");
        }
    }

    private String basis() {
        String basis = node.optional("basis");
        if (basis == null) throw node.fail("'basis' is missing: every rule names its legal basis");
        return basis;
    }

    private String label(String text, String key) {
        if (text.startsWith("deadlines.") && !context.messages().test(text)) {
            throw node.fail(key + " '" + text + "' is not a message key of the deadlines bundle");
        }
        return text;
    }

    private @Nullable String attribute(@Nullable String name) {
        if (name != null && !ATTRIBUTE.matcher(name).matches())
            throw node.fail("'" + name + "' is not an attribute name");
        return name;
    }

    private @Nullable Set<String> requesting(String key) {
        Node r = node.node("requestingState");
        if (r == null) return null;
        r.allow(Set.of("in", "notIn"));
        return r.has(key) ? states(r.strings(key), "requestingState." + key) : null;
    }

    private Set<String> states(List<String> values, String key) {
        Set<String> states = new LinkedHashSet<>();
        for (String value : values) {
            if (value.startsWith("@")) {
                Set<String> list = context.stateLists().get(value.substring(1));
                if (list == null) throw node.fail("unknown state list '" + value + "' in '" + key + "'");
                states.addAll(list);
            } else if (STATE.matcher(value).matches()) {
                states.add(value);
            } else {
                throw node.fail("'" + value + "' in '" + key + "' is not a country code or @list");
            }
        }
        return states;
    }

    private @Nullable LocalDate since() {
        String text = node.optional("since");
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw node.fail("since '" + text + "' is not a date like 2022-02-01");
        }
    }

    static Duration warnBefore(Node node, Duration otherwise) {
        String text = node.optional("warnBefore");
        if (text == null) return otherwise;
        try {
            Duration d = Duration.parse(text);
            if (!d.isNegative()) return d;
        } catch (DateTimeException e) {
            // refused below
        }
        throw node.fail("warnBefore '" + text + "' is not a duration like PT48H or P7D");
    }

    static Confidence confidence(Node node, @Nullable String text) {
        if (text == null) throw node.fail("'confidence' is missing: VERIFIED, SECONDARY or UNVERIFIED");
        try {
            return Confidence.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw node.fail("unknown confidence '" + text + "' (use VERIFIED, SECONDARY or UNVERIFIED)");
        }
    }

    private static String names(Set<ProceedingType> types) {
        return String.join(", ", types.stream().map(Enum::name).toList());
    }
}

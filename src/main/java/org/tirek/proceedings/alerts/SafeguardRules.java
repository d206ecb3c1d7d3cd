package org.tirek.proceedings.alerts;

import static org.tirek.proceedings.machine.Machines.ASYLUM_GRANTED;
import static org.tirek.proceedings.machine.Machines.ASYLUM_PENDING;
import static org.tirek.proceedings.machine.Machines.CCF;
import static org.tirek.proceedings.machine.Machines.CUSTODY;
import static org.tirek.proceedings.machine.Machines.DATA;
import static org.tirek.proceedings.machine.Machines.DEPRIVED_OF_LIBERTY;
import static org.tirek.proceedings.machine.Machines.MERITS;
import static org.tirek.proceedings.machine.Machines.SURRENDER_STAGE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tirek.proceedings.ChargeCategory;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.Jurisdictions;
import org.tirek.proceedings.LinkKind;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.alerts.CaseSnapshot.Event;
import org.tirek.proceedings.alerts.CaseSnapshot.Proc;

/**
 * The safeguard rules of DOMAIN.md §7, as a pure function of a case's snapshot and the current
 * instant: what must be alerted now. Each finding names the rule, a subject (so that the same
 * condition keeps one alert), the severity, and the structural facts that make it hold.
 *
 * <p>Implemented: A1, A2, A4, A5, A6 (through {@link DueDeadlines}), A7, A8, A9, A10, A11, A12, A13,
 * A14, A16, A17, A18, A19, A20. Not implemented: A3 (refugee status held in another state is not
 * recorded), A15 (CCF submissions' attachments are not modelled), A21 (breaches are not recorded). Local dates are taken in the zone of each proceeding's jurisdiction.
 */
final class SafeguardRules {

    /** How long detention may go on without a judicial review before A14 fires, by default. */
    static final int DEFAULT_DETENTION_REVIEW_DAYS = 30;

    private static final Set<String> EXTRADITION_IN_CUSTODY_OR_RESTRICTED =
            Set.of("ARRESTED", "EXTRADITION_DETENTION", "RELEASED_WITH_MEASURES");
    private static final Set<ProceedingType> DOMESTIC = Set.of(
            ProceedingType.EXTRADITION,
            ProceedingType.ASYLUM,
            ProceedingType.ARREST_WARRANT,
            ProceedingType.DOMESTIC_CRIMINAL,
            ProceedingType.PROTECTIVE_ORDER,
            ProceedingType.GENERIC);
    /** Events by which a decision against the client became final (A7), besides DECISION_FINAL. */
    private static final Set<String> ADVERSE_FINAL = Set.of(
            "APPEAL_DISMISSED", "APPEAL_DEADLINE_PASSED", "HIGHER_COURT_REVERSED_REFUSAL", "ONWARD_APPEAL_DISMISSED");

    private static final Set<String> NOTICE_KNOWN_OR_SUSPECTED =
            Set.of("SUSPECTED", "CONFIRMED_RED_NOTICE", "CONFIRMED_DIFFUSION", "UPDATED", "REINSERTED");
    private static final Set<String> CUSTODY_DECISIONS =
            Set.of("ARRESTED", "ARRESTED_ON_PROVISIONAL_REQUEST", "DETENTION_ORDERED", "DETENTION_REVIEWED");
    private static final Set<String> SURRENDER_EVENTS = Set.of("MINISTER_ALLOWED", "SURRENDER_DATE_SET", "HANDED_OVER");
    /** New facts for a CCF revision (A17): protection granted, extradition refused. */
    private static final Set<String> NEW_FACTS = Set.of(
            "REFUGEE_STATUS_GRANTED",
            "SUBSIDIARY_PROTECTION_GRANTED",
            "COURT_GRANTED_STATUS",
            "GRANT_FINAL",
            "MINISTER_REFUSED",
            "HIGHER_COURT_CONFIRMED_REFUSAL",
            "APPEAL_GRANTED_REFUSAL",
            "EXTRAORDINARY_REMEDY_GRANTED_REFUSAL",
            "PROTECTION_GRANTED_FINAL",
            "NEW_FACT_DISCOVERED");

    private static final Set<ClientRole> CHARGED_CLIENT = Set.of(ClientRole.ACCUSED, ClientRole.REQUESTED_PERSON);

    private final int detentionReviewDays;

    SafeguardRules(int detentionReviewDays) {
        this.detentionReviewDays = detentionReviewDays;
    }

    List<Finding> evaluate(CaseSnapshot c, Instant now) {
        List<Finding> findings = new ArrayList<>();
        a1(c, findings);
        a2(c, findings);
        a4(c, findings);
        a5(c, now, findings);
        a6(c, now, findings);
        a7(c, now, findings);
        a8(c, findings);
        a9(c, findings);
        a10(c, findings);
        a11(c, findings);
        a12(c, findings);
        a13(c, findings);
        a14(c, now, findings);
        a16(c, now, findings);
        a17(c, now, findings);
        a18(c, findings);
        a19(c, findings);
        a20(c, now, findings);
        return findings;
    }

    /** A1: surrender stage reached while a claim for protection is pending. */
    private static void a1(CaseSnapshot c, List<Finding> out) {
        List<Proc> pending = c.ofType(ProceedingType.ASYLUM).stream()
                .filter(a -> ASYLUM_PENDING.contains(a.main()))
                .toList();
        if (pending.isEmpty()) return;
        Proc asylum = pending.get(0);
        for (Proc x : open(c, ProceedingType.EXTRADITION)) {
            if (!SURRENDER_STAGE.contains(x.region(MERITS))) continue;
            out.add(new Finding(
                    "A1",
                    x.id().toString(),
                    Severity.CRITICAL,
                    "alerts.explain.A1",
                    List.of(state(x.region(MERITS)), state(asylum.main()), date(asylum.openedOn())),
                    links(x, pending)));
        }
    }

    /** A2: protection granted while the extradition goes on or the client is not free. */
    private static void a2(CaseSnapshot c, List<Finding> out) {
        for (Proc asylum : c.ofType(ProceedingType.ASYLUM)) {
            if (!ASYLUM_GRANTED.contains(asylum.main())) continue;
            for (Proc x : c.ofType(ProceedingType.EXTRADITION)) {
                String custody = x.region(CUSTODY);
                if (x.terminal() && !EXTRADITION_IN_CUSTODY_OR_RESTRICTED.contains(custody)) continue;
                out.add(new Finding(
                        "A2",
                        x.id() + "/" + asylum.id(),
                        Severity.CRITICAL,
                        "alerts.explain.A2",
                        List.of(state(asylum.main()), state(x.region(MERITS)), state(custody)),
                        List.of(asylum.link(), x.link())));
            }
        }
    }

    /** A4: surrender scheduled, or conditions met finally with no suspensive remedy pending. */
    private static void a4(CaseSnapshot c, List<Finding> out) {
        boolean interimInForce = c.ofType(ProceedingType.INTERIM_MEASURE).stream()
                .anyMatch(m -> m.main().equals("IN_FORCE"));
        for (Proc x : open(c, ProceedingType.EXTRADITION)) {
            String merits = x.region(MERITS);
            if (merits.equals("SURRENDER_SCHEDULED")) {
                out.add(new Finding(
                        "A4",
                        x.id().toString(),
                        Severity.CRITICAL,
                        "alerts.explain.A4.scheduled",
                        List.of(state(merits)),
                        List.of(x.link())));
            } else if (merits.equals("CONDITIONS_MET_FINAL") && !interimInForce && !suspended(c, x)) {
                out.add(new Finding(
                        "A4",
                        x.id().toString(),
                        Severity.CRITICAL,
                        "alerts.explain.A4.final",
                        List.of(state(merits)),
                        List.of(x.link())));
            }
        }
    }

    /** A5: provisional arrest at day 14, 18 or 40 with no formal request. */
    private static void a5(CaseSnapshot c, Instant now, List<Finding> out) {
        for (Proc x : open(c, ProceedingType.EXTRADITION)) {
            if (!x.region(MERITS).equals("PROVISIONAL_ARREST")) continue;
            Optional<Event> arrest = x.latest(Set.of("ARRESTED_ON_PROVISIONAL_REQUEST"));
            if (arrest.isEmpty()) continue;
            long days = ChronoUnit.DAYS.between(arrest.get().date(), today(x, now));
            int mark = days >= 40 ? 40 : days >= 18 ? 18 : days >= 14 ? 14 : 0;
            if (mark == 0) continue;
            String requesting = x.requestingState() == null ? "?" : x.requestingState();
            boolean ece = EceParties.isParty(x.requestingState());
            out.add(new Finding(
                    "A5",
                    x.id() + "/day" + mark,
                    Severity.HIGH,
                    ece ? "alerts.explain.A5.ece" : "alerts.explain.A5.other",
                    List.of(String.valueOf(days), date(arrest.get().date()), String.valueOf(mark), requesting),
                    List.of(x.link())));
        }
    }

    /** A6: a deadline due within 48 hours (or overdue and not met). */
    private static void a6(CaseSnapshot c, Instant now, List<Finding> out) {
        for (DueDeadlines.DueDeadline d : c.dueDeadlines()) {
            if (d.due().isAfter(now.plus(Duration.ofHours(48)))) continue;
            out.add(new Finding(
                    "A6",
                    "deadline/" + d.id(),
                    Severity.HIGH,
                    d.due().isBefore(now) ? "alerts.explain.A6.overdue" : "alerts.explain.A6",
                    List.of(
                            "deadline:" + d.kind(),
                            "type:" + d.type().name(),
                            "instant:" + d.due().truncatedTo(ChronoUnit.MINUTES)),
                    List.of(new AlertLink(d.proceeding(), d.type()))));
        }
    }

    /** A7: a final domestic decision starts the ECtHR's 4-month time limit. */
    private static void a7(CaseSnapshot c, Instant now, List<Finding> out) {
        boolean applicationLodged = c.ofType(ProceedingType.ECTHR_APPLICATION).stream()
                .anyMatch(a -> !a.main().equals("DRAFTING"));
        if (applicationLodged) return;
        for (Proc p : c.proceedings()) {
            if (!DOMESTIC.contains(p.type()) || p.jurisdiction().length() != 2) continue;
            for (Event e : p.events()) {
                boolean adverse = e.type().equals("DECISION_FINAL")
                        || (ADVERSE_FINAL.contains(e.type())
                                && (p.type() == ProceedingType.EXTRADITION || p.type() == ProceedingType.ASYLUM));
                if (!adverse) continue;
                LocalDate limit = e.date().plusMonths(4);
                out.add(new Finding(
                        "A7",
                        "decision/" + e.id(),
                        Severity.MEDIUM,
                        limit.isBefore(today(p, now)) ? "alerts.explain.A7.passed" : "alerts.explain.A7",
                        List.of("event:" + e.type(), type(p), date(e.date()), date(limit)),
                        List.of(p.link())));
            }
        }
    }

    /** A8: the requesting state is not a party to the European Convention on Extradition. */
    private static void a8(CaseSnapshot c, List<Finding> out) {
        for (Proc x : open(c, ProceedingType.EXTRADITION)) {
            String requesting = x.requestingState();
            if (requesting == null || EceParties.isParty(requesting)) continue;
            out.add(new Finding(
                    "A8",
                    x.id().toString(),
                    Severity.INFO,
                    "alerts.explain.A8",
                    List.of(requesting),
                    List.of(x.link())));
        }
    }

    /** A9: charges of expression or NGO type against a human-rights defender. */
    private static void a9(CaseSnapshot c, List<Finding> out) {
        if (!c.facts().contains(SafeguardFact.HRD_ACTIVITY)) return;
        Set<String> categories = new TreeSet<>();
        List<AlertLink> links = new ArrayList<>();
        for (Proc p : c.proceedings()) {
            if (p.terminal() || !CHARGED_CLIENT.contains(p.clientRole())) continue;
            List<String> found = p.charges().stream()
                    .map(CaseSnapshot.ChargeFact::category)
                    .filter(ChargeCategory.EXPRESSION_OR_NGO::contains)
                    .map(Enum::name)
                    .toList();
            if (found.isEmpty()) continue;
            categories.addAll(found);
            links.add(p.link());
        }
        if (categories.isEmpty()) return;
        out.add(new Finding(
                "A9",
                "case",
                Severity.HIGH,
                "alerts.explain.A9",
                List.of("categories:" + String.join(",", categories)),
                links));
    }

    /** A10: the offence is time-barred, or punishable by less than 1 year (ECE) or 2 years (Interpol). */
    private static void a10(CaseSnapshot c, List<Finding> out) {
        boolean extraditionOrNotice = !open(c, ProceedingType.EXTRADITION).isEmpty()
                || !open(c, ProceedingType.INTERPOL).isEmpty();
        for (Proc p : c.proceedings()) {
            if (!CHARGED_CLIENT.contains(p.clientRole())) continue;
            if (p.type() == ProceedingType.ARREST_WARRANT && p.main().equals("TIME_BARRED") && extraditionOrNotice) {
                out.add(new Finding(
                        "A10",
                        p.id() + "/time-barred",
                        Severity.MEDIUM,
                        "alerts.explain.A10.barred",
                        List.of(state(p.main())),
                        List.of(p.link())));
                continue;
            }
            if (p.terminal() || p.charges().isEmpty()) continue;
            boolean allKnown = p.charges().stream().allMatch(ch -> ch.maxPenaltyMonths() != null && !ch.lifeOrDeath());
            if (!allKnown) continue;
            int max = p.charges().stream()
                    .mapToInt(ch -> ch.maxPenaltyMonths() == null ? 0 : ch.maxPenaltyMonths())
                    .max()
                    .orElse(0);
            if (max >= 24) continue;
            out.add(new Finding(
                    "A10",
                    p.id() + "/penalty",
                    Severity.MEDIUM,
                    max < 12 ? "alerts.explain.A10.below1" : "alerts.explain.A10.below2",
                    List.of(String.valueOf(max), type(p)),
                    List.of(p.link())));
        }
    }

    /**
     * A11: a charge the client faces in a requesting state carries life imprisonment or death, while
     * an extradition to that state goes on: assurances are needed (ECE Art. 11; an irreducible life
     * sentence also raises ECHR Art. 3). Charges count when they are on the extradition itself or on
     * a prosecution of the client in the requesting state's jurisdiction.
     */
    private static void a11(CaseSnapshot c, List<Finding> out) {
        for (Proc x : open(c, ProceedingType.EXTRADITION)) {
            String requesting = x.requestingState();
            List<Proc> charging = c.proceedings().stream()
                    .filter(p -> p.id().equals(x.id())
                            || (CHARGED_CLIENT.contains(p.clientRole())
                                    && p.type() == ProceedingType.ARREST_WARRANT
                                    && p.jurisdiction().equals(requesting)))
                    .filter(p -> p.charges().stream().anyMatch(CaseSnapshot.ChargeFact::lifeOrDeath))
                    .toList();
            if (charging.isEmpty()) continue;
            List<AlertLink> links = new ArrayList<>(List.of(x.link()));
            charging.stream().filter(p -> !p.id().equals(x.id())).forEach(p -> links.add(p.link()));
            out.add(new Finding(
                    "A11",
                    x.id().toString(),
                    Severity.HIGH,
                    "alerts.explain.A11",
                    List.of(requesting == null ? "?" : requesting),
                    links));
        }
    }

    /** A12: competing extradition requests. */
    private static void a12(CaseSnapshot c, List<Finding> out) {
        List<Proc> open = open(c, ProceedingType.EXTRADITION);
        if (open.size() < 2) return;
        String states = open.stream()
                .map(x -> x.requestingState() == null ? "?" : x.requestingState())
                .collect(Collectors.joining(", "));
        out.add(new Finding(
                "A12",
                "case",
                Severity.MEDIUM,
                "alerts.explain.A12",
                List.of(String.valueOf(open.size()), states),
                open.stream().map(Proc::link).toList()));
    }

    /** A13: travel planned with a notice known or suspected, or with an asylum claim pending. */
    private static void a13(CaseSnapshot c, List<Finding> out) {
        if (!c.facts().contains(SafeguardFact.TRAVEL_PLANNED)) return;
        List<Proc> notices = Stream.concat(
                        c.ofType(ProceedingType.INTERPOL).stream()
                                .filter(i -> NOTICE_KNOWN_OR_SUSPECTED.contains(i.region(DATA))),
                        c.ofType(ProceedingType.ARREST_WARRANT).stream()
                                .filter(w -> w.main().equals("WANTED_INTERNATIONALLY")))
                .toList();
        if (!notices.isEmpty()) {
            Proc n = notices.get(0);
            String state = n.type() == ProceedingType.INTERPOL ? n.region(DATA) : n.main();
            out.add(new Finding(
                    "A13",
                    "travel/notice",
                    Severity.HIGH,
                    "alerts.explain.A13.notice",
                    List.of(type(n), state(state)),
                    notices.stream().map(Proc::link).toList()));
        }
        List<Proc> pending = c.ofType(ProceedingType.ASYLUM).stream()
                .filter(a -> ASYLUM_PENDING.contains(a.main()))
                .toList();
        if (!pending.isEmpty()) {
            out.add(new Finding(
                    "A13",
                    "travel/asylum",
                    Severity.HIGH,
                    "alerts.explain.A13.asylum",
                    List.of(state(pending.get(0).main()), pending.get(0).jurisdiction()),
                    pending.stream().map(Proc::link).toList()));
        }
    }

    /** A14: deprived of liberty without a judicial review for too long. */
    private void a14(CaseSnapshot c, Instant now, List<Finding> out) {
        for (Proc x : c.ofType(ProceedingType.EXTRADITION)) {
            String custody = x.region(CUSTODY);
            if (!DEPRIVED_OF_LIBERTY.contains(custody)) continue;
            Optional<Event> last = x.latest(CUSTODY_DECISIONS);
            if (last.isEmpty()) continue;
            long days = ChronoUnit.DAYS.between(last.get().date(), today(x, now));
            if (days < detentionReviewDays) continue;
            out.add(new Finding(
                    "A14",
                    x.id().toString(),
                    Severity.MEDIUM,
                    "alerts.explain.A14",
                    List.of(
                            state(custody),
                            "event:" + last.get().type(),
                            date(last.get().date()),
                            String.valueOf(days),
                            String.valueOf(detentionReviewDays)),
                    List.of(x.link())));
        }
    }

    /** A16: the CCF's examination outlasts admissibility + 4 months (access) or + 9 months (deletion). */
    private static void a16(CaseSnapshot c, Instant now, List<Finding> out) {
        for (Proc i : c.ofType(ProceedingType.INTERPOL)) {
            if (!i.region(CCF).equals("UNDER_EXAMINATION")) continue;
            Optional<Event> admissible = i.latest(Set.of("CCF_FOUND_ADMISSIBLE"));
            if (admissible.isEmpty()) continue;
            boolean deletion = i.events().stream()
                    .filter(e -> e.type().equals("CCF_REQUEST_SENT") || e.type().equals("CCF_FOUND_ADMISSIBLE"))
                    .anyMatch(e -> "DELETION".equalsIgnoreCase(e.attributes().get("requestKind")));
            LocalDate limit = admissible.get().date().plusMonths(deletion ? 9 : 4);
            if (!today(i, now).isAfter(limit)) continue;
            out.add(new Finding(
                    "A16",
                    i.id().toString(),
                    Severity.LOW,
                    deletion ? "alerts.explain.A16.deletion" : "alerts.explain.A16.access",
                    List.of(date(admissible.get().date()), date(limit)),
                    List.of(i.link())));
        }
    }

    /**
     * A18: the source deleted its data before the CCF decided: the request closes, but the data may
     * be put back; keep watching, as long as it has not been.
     */
    private static void a18(CaseSnapshot c, List<Finding> out) {
        for (Proc i : c.ofType(ProceedingType.INTERPOL)) {
            if (!i.region(CCF).equals("CLOSED_SOURCE_DELETED") || i.region(DATA).equals("REINSERTED")) continue;
            Optional<Event> deleted = i.latest(Set.of("SOURCE_DELETED"));
            if (deleted.isEmpty()) continue;
            out.add(new Finding(
                    "A18",
                    i.id().toString(),
                    Severity.MEDIUM,
                    "alerts.explain.A18",
                    List.of(date(deleted.get().date())),
                    List.of(i.link())));
        }
    }

    /** A17: a new fact after the CCF's decision opens a 6-month revision window. */
    private static void a17(CaseSnapshot c, Instant now, List<Finding> out) {
        for (Proc i : c.ofType(ProceedingType.INTERPOL)) {
            if (!Set.of("DECIDED", "NOTIFIED", "NEW_FACT").contains(i.region(CCF))) continue;
            Optional<Event> decision = i.latest(Set.of("CCF_DECISION_RECEIVED"));
            if (decision.isEmpty()) continue;
            Instant decidedAt = decision.get().occurredAt();
            record Fact(Proc in, Event event) {}
            Optional<Fact> first = c.proceedings().stream()
                    .flatMap(p -> p.events().stream()
                            .filter(e -> NEW_FACTS.contains(e.type())
                                    && e.occurredAt().isAfter(decidedAt))
                            .map(e -> new Fact(p, e)))
                    .min(Comparator.comparing(f -> f.event().occurredAt()));
            if (first.isEmpty()) continue;
            Fact fact = first.get();
            LocalDate windowEnd = fact.event().date().plusMonths(6);
            List<AlertLink> links = new ArrayList<>(List.of(i.link()));
            if (!fact.in().id().equals(i.id())) links.add(fact.in().link());
            out.add(new Finding(
                    "A17",
                    i.id().toString(),
                    Severity.MEDIUM,
                    today(i, now).isAfter(windowEnd) ? "alerts.explain.A17.passed" : "alerts.explain.A17",
                    List.of(
                            "event:" + fact.event().type(),
                            date(fact.event().date()),
                            date(decision.get().date()),
                            date(windowEnd)),
                    links));
        }
    }

    /** A19: a surrender step while an interim measure is in force. */
    private static void a19(CaseSnapshot c, List<Finding> out) {
        for (Proc m : c.ofType(ProceedingType.INTERIM_MEASURE)) {
            if (!m.main().equals("IN_FORCE")) continue;
            Optional<Event> granted = m.latest(Set.of("MEASURE_GRANTED"));
            if (granted.isEmpty()) continue;
            for (Proc x : c.ofType(ProceedingType.EXTRADITION)) {
                Optional<Event> step = x.events().stream()
                        .filter(e -> SURRENDER_EVENTS.contains(e.type())
                                && !e.occurredAt().isBefore(granted.get().occurredAt()))
                        .max(Comparator.comparing(Event::occurredAt));
                if (step.isEmpty()) continue;
                out.add(new Finding(
                        "A19",
                        x.id() + "/" + m.id(),
                        Severity.CRITICAL,
                        "alerts.explain.A19",
                        List.of(
                                "event:" + step.get().type(),
                                date(step.get().date()),
                                date(granted.get().date())),
                        List.of(x.link(), m.link())));
            }
        }
    }

    // --- helpers

    private static List<Proc> open(CaseSnapshot c, ProceedingType type) {
        return c.ofType(type).stream().filter(p -> !p.terminal()).toList();
    }

    /** Whether a proceeding that has not ended suspends {@code x} by an explicit link. */
    private static boolean suspended(CaseSnapshot c, Proc x) {
        return c.links().stream()
                .filter(l -> l.kind() == LinkKind.SUSPENDS && l.to().equals(x.id()))
                .anyMatch(l -> c.proceedings().stream().anyMatch(p -> p.id().equals(l.from()) && !p.terminal()));
    }

    private static List<AlertLink> links(Proc first, List<Proc> others) {
        List<AlertLink> links = new ArrayList<>(List.of(first.link()));
        others.forEach(o -> links.add(o.link()));
        return links;
    }

    private static LocalDate today(Proc p, Instant now) {
        return now.atZone(Jurisdictions.zone(p.jurisdiction())).toLocalDate();
    }

    /**
     * A20: a communication sent to a UN Special Procedure ({@code unBody=SPECIAL_PROCEDURE}) is
     * confidential for 60 days and then published: informs until the day of publication.
     */
    private static void a20(CaseSnapshot c, Instant now, List<Finding> out) {
        for (Proc u : c.ofType(ProceedingType.UN_COMMUNICATION)) {
            Optional<Event> sent = u.latest(Set.of("COMMUNICATION_SENT"));
            if (sent.isEmpty()
                    || !"SPECIAL_PROCEDURE".equals(sent.get().attributes().get("unBody"))) continue;
            LocalDate published = sent.get().date().plusDays(60);
            if (today(u, now).isAfter(published)) continue;
            out.add(new Finding(
                    "A20",
                    u.id().toString(),
                    Severity.INFO,
                    "alerts.explain.A20",
                    List.of(date(sent.get().date()), date(published)),
                    List.of(u.link())));
        }
    }

    private static String state(String state) {
        return "state:" + state;
    }

    private static String type(Proc p) {
        return "type:" + p.type().name();
    }

    private static String date(LocalDate date) {
        return "date:" + date;
    }
}

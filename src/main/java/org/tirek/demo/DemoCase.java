package org.tirek.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseQuery;
import org.tirek.cases.CaseStatus;
import org.tirek.cases.CaseType;
import org.tirek.cases.Cases;
import org.tirek.cases.NewCase;
import org.tirek.cases.Priority;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.Username;
import org.tirek.platform.Region;
import org.tirek.proceedings.ChargeCategory;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.Deadline;
import org.tirek.proceedings.Deadlines;
import org.tirek.proceedings.LinkKind;
import org.tirek.proceedings.NewEvent;
import org.tirek.proceedings.NewProceeding;
import org.tirek.proceedings.OccurredAt;
import org.tirek.proceedings.ProceedingSummary;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.Proceedings;
import org.tirek.proceedings.alerts.SafeguardAlerts;
import org.tirek.proceedings.alerts.SafeguardFact;
import org.tirek.vault.Vault;

/**
 * The motivating case of PRODUCT.md, from public facts only (news reports, HRW, UN communications;
 * DOMAIN.md §1), as a defender-protection case with its proceedings: the prosecution and arrest
 * warrant in Kazakhstan, the asylum claim in Montenegro, the extradition request with the arrest and
 * the release with the passport seized, the UN Special Procedures communications, and the
 * interventions of HRW and the police oversight council. No name is stored: the codename says what
 * it is. The deadlines the rule packs give for these events are computed as they are recorded: the
 * first hearing after the arrest (met by the release the next day) and the publication of the two
 * UN communications. Created once, by the demo accounts, when the demo starts with its vault unsealed.
 */
@Component
class DemoCase {

    static final String CODENAME = "Budva extradition (demo, public facts)";
    private static final Logger log = LoggerFactory.getLogger(DemoCase.class);
    private static final ZoneId PODGORICA = ZoneId.of("Europe/Podgorica");
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private final boolean demo;
    private final Cases cases;
    private final Proceedings proceedings;
    private final SafeguardAlerts alerts;
    private final Deadlines deadlines;
    private final UserAccounts users;
    private final Vault vault;

    DemoCase(
            @Value("${tirek.demo:false}") boolean demo,
            Cases cases,
            Proceedings proceedings,
            SafeguardAlerts alerts,
            Deadlines deadlines,
            UserAccounts users,
            Vault vault) {
        this.demo = demo;
        this.cases = cases;
        this.proceedings = proceedings;
        this.alerts = alerts;
        this.deadlines = deadlines;
        this.users = users;
        this.vault = vault;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void createOnce() {
        if (!demo || vault.status().sealed()) return;
        TirekUser lawyer = principal("lawyer");
        TirekUser coordinator = principal("coordinator");
        if (lawyer == null || coordinator == null || exists(coordinator)) return;
        CaseId caseId = open(lawyer, coordinator);
        ProceedingSummary warrant = prosecution(lawyer, caseId);
        ProceedingSummary asylum = asylum(lawyer, caseId);
        ProceedingSummary extradition = extradition(lawyer, caseId);
        unCommunications(lawyer, caseId);
        proceedings.link(lawyer, asylum.id(), extradition.id(), LinkKind.BLOCKS);
        proceedings.link(lawyer, warrant.id(), extradition.id(), LinkKind.SAME_FACTS);
        // she founded and ran a women's-rights group: the record of defender activity that rule A9 needs
        alerts.setFact(lawyer, caseId, SafeguardFact.HRD_ACTIVITY, true);
        log.warn("DEMO: the public case '{}' has been created from public facts", CODENAME);
    }

    private CaseId open(TirekUser lawyer, TirekUser coordinator) {
        CaseId id = cases.open(
                        lawyer,
                        new NewCase(
                                CaseType.DEFENDER_PROTECTION,
                                CODENAME,
                                "Public facts only. The founder of a Kazakh women's-rights group that collected survivors'"
                                        + " stories of domestic and sexual violence for about nine years applied for asylum in"
                                        + " Montenegro in October 2023. In late December 2023 a Kazakh court issued a warrant for"
                                        + " her arrest (fraud, violating privacy, spreading false information; up to 10 years)."
                                        + " On 14 April 2025 she was arrested in Budva at Kazakhstan's request; on 15 April the"
                                        + " Higher Court in Podgorica released her pending the extradition case and had her"
                                        + " passport seized. Her asylum claim was still pending.",
                                Priority.URGENT,
                                Region.of("ME")))
                .id();
        cases.moveTo(lawyer, id, CaseStatus.ACTIVE, "");
        cases.addMember(coordinator, id, "caseworker");
        cases.join(coordinator, id);
        cases.addNote(
                lawyer,
                id,
                "Demo note: every fact in this case comes from public reports (news, Human Rights Watch, UN Special"
                        + " Procedures). Dates given only to the month are entered as the first of the month.");
        return id;
    }

    private ProceedingSummary prosecution(TirekUser lawyer, CaseId caseId) {
        ProceedingSummary p = proceedings.open(
                lawyer,
                caseId,
                new NewProceeding(
                        ProceedingType.ARREST_WARRANT,
                        "KZ",
                        "Prosecution and arrest warrant in Kazakhstan",
                        null,
                        null,
                        ClientRole.ACCUSED,
                        null,
                        LocalDate.of(2023, 12, 27),
                        "lawyer",
                        null));
        event(
                lawyer,
                p,
                "CHARGES_ANNOUNCED",
                LocalDate.of(2023, 12, 27),
                ALMATY,
                "The Interior Ministry announced the charges (news reports).",
                Map.of());
        event(
                lawyer,
                p,
                "WARRANT_ISSUED",
                LocalDate.of(2023, 12, 28),
                ALMATY,
                "A Kazakh court issued an arrest warrant in late December 2023; the exact day is not public.",
                Map.of());
        event(
                lawyer,
                p,
                "INTERVENTION",
                LocalDate.of(2024, 2, 5),
                ALMATY,
                "Human Rights Watch: the charges look like a 'fishing expedition'.",
                Map.of("intervener", "HRW"));
        proceedings.addCharge(
                lawyer,
                p.id(),
                "Large-scale fraud (article not verified)",
                ChargeCategory.FRAUD,
                120,
                false,
                "Fraud against the organisation, as announced; the maximum is reported as up to 10 years in total.");
        proceedings.addCharge(
                lawyer,
                p.id(),
                "Violation of privacy (article not verified)",
                ChargeCategory.PRIVACY_VIOLATION,
                null,
                false,
                null);
        proceedings.addCharge(
                lawyer,
                p.id(),
                "Knowingly false information (article not verified)",
                ChargeCategory.FALSE_INFORMATION,
                null,
                false,
                null);
        return p;
    }

    private ProceedingSummary asylum(TirekUser lawyer, CaseId caseId) {
        ProceedingSummary p = proceedings.open(
                lawyer,
                caseId,
                new NewProceeding(
                        ProceedingType.ASYLUM,
                        "ME",
                        "Asylum in Montenegro",
                        null,
                        null,
                        ClientRole.APPLICANT,
                        null,
                        LocalDate.of(2023, 10, 1),
                        "lawyer",
                        null));
        event(
                lawyer,
                p,
                "APPLICATION_LODGED",
                LocalDate.of(2023, 10, 1),
                PODGORICA,
                "Applied for asylum with her husband in October 2023, citing political persecution (day not public).",
                Map.of());
        return p;
    }

    private ProceedingSummary extradition(TirekUser lawyer, CaseId caseId) {
        ProceedingSummary p = proceedings.open(
                lawyer,
                caseId,
                new NewProceeding(
                        ProceedingType.EXTRADITION,
                        "ME",
                        "Extradition requested by Kazakhstan",
                        null,
                        null,
                        ClientRole.REQUESTED_PERSON,
                        "KZ",
                        LocalDate.of(2025, 4, 14),
                        "lawyer",
                        null));
        event(
                lawyer,
                p,
                "INTERVENTION",
                LocalDate.of(2024, 10, 1),
                PODGORICA,
                "The Council for Civilian Control of Police Work warned the Interior Minister of the extradition risk.",
                Map.of("intervener", "oversight council"));
        event(
                lawyer,
                p,
                "FORMAL_REQUEST_RECEIVED",
                LocalDate.of(2025, 4, 14),
                PODGORICA,
                "Kazakhstan's extradition request; the date it reached Montenegro is not public.",
                Map.of());
        event(
                lawyer,
                p,
                "INVESTIGATING_JUDGE_SEIZED",
                LocalDate.of(2025, 4, 14),
                PODGORICA,
                "Investigating judge of the Higher Court in Podgorica.",
                Map.of());
        event(
                lawyer,
                p,
                "ARRESTED",
                LocalDate.of(2025, 4, 14),
                PODGORICA,
                "Arrested in Budva on the investigating judge's order; reported as based on an international wanted notice.",
                Map.of());
        event(
                lawyer,
                p,
                "RELEASED_WITH_MEASURES",
                LocalDate.of(2025, 4, 15),
                PODGORICA,
                "The Higher Court released her pending the extradition case.",
                Map.of());
        event(
                lawyer,
                p,
                "MEASURE_IMPOSED",
                LocalDate.of(2025, 4, 15),
                PODGORICA,
                "Passport seized.",
                Map.of("measureType", "PASSPORT_SEIZED", "forum", "Higher Court Podgorica"));
        return p;
    }

    private void unCommunications(TirekUser lawyer, CaseId caseId) {
        ProceedingSummary kz = proceedings.open(
                lawyer,
                caseId,
                new NewProceeding(
                        ProceedingType.UN_COMMUNICATION,
                        "UN",
                        "UN Special Procedures communication to Kazakhstan (AL KAZ 1/2024)",
                        null,
                        null,
                        ClientRole.OTHER,
                        null,
                        LocalDate.of(2024, 3, 18),
                        "lawyer",
                        null));
        event(
                lawyer,
                kz,
                "COMMUNICATION_SENT",
                LocalDate.of(2024, 3, 18),
                ZoneId.of("Europe/Zurich"),
                null,
                Map.of("unBody", "SPECIAL_PROCEDURE"));
        event(
                lawyer,
                kz,
                "TRANSMITTED_TO_STATE",
                LocalDate.of(2024, 3, 18),
                ZoneId.of("Europe/Zurich"),
                null,
                Map.of());
        event(lawyer, kz, "STATE_REPLIED", LocalDate.of(2024, 5, 27), ZoneId.of("Europe/Zurich"), null, Map.of());
        ProceedingSummary me = proceedings.open(
                lawyer,
                caseId,
                new NewProceeding(
                        ProceedingType.UN_COMMUNICATION,
                        "UN",
                        "UN Special Procedures communication to Montenegro",
                        null,
                        null,
                        ClientRole.OTHER,
                        null,
                        LocalDate.of(2024, 8, 20),
                        "lawyer",
                        null));
        event(
                lawyer,
                me,
                "COMMUNICATION_SENT",
                LocalDate.of(2024, 8, 20),
                ZoneId.of("Europe/Zurich"),
                "About surveillance and the extradition risk; confidential for 60 days.",
                Map.of("unBody", "SPECIAL_PROCEDURE"));
        event(
                lawyer,
                me,
                "TRANSMITTED_TO_STATE",
                LocalDate.of(2024, 8, 20),
                ZoneId.of("Europe/Zurich"),
                null,
                Map.of());
        event(lawyer, me, "STATE_REPLIED", LocalDate.of(2024, 10, 30), ZoneId.of("Europe/Zurich"), null, Map.of());
        for (ProceedingSummary p : List.of(kz, me)) published(lawyer, p);
    }

    /**
     * Both communications were published after their 60 days (the public sources are the published
     * texts), but not on a day the sources give: the deadline is waived with that reason rather than
     * met on an invented date.
     */
    private void published(TirekUser lawyer, ProceedingSummary p) {
        for (Deadline d : deadlines.ofProceeding(lawyer, p.id())) {
            if (d.status().open() && d.basis().ruleId().equals("UN-SP-PUBLICATION-60D")) {
                deadlines.waive(
                        lawyer,
                        d.id(),
                        "Published after the 60 days, with the state's reply (public source [S27]); the day of"
                                + " publication is not public, so no date is recorded for it.");
            }
        }
    }

    private void event(
            TirekUser lawyer,
            ProceedingSummary p,
            String type,
            LocalDate date,
            ZoneId zone,
            @org.jspecify.annotations.Nullable String note,
            Map<String, String> attributes) {
        proceedings.record(lawyer, p.id(), new NewEvent(type, OccurredAt.ofDate(date, zone), note, attributes, null));
    }

    private boolean exists(TirekUser coordinator) {
        return cases.list(coordinator, CaseQuery.byCodename(CODENAME)).cases().stream()
                .anyMatch(c -> c.codename().equals(CODENAME));
    }

    private @org.jspecify.annotations.Nullable TirekUser principal(String name) {
        return users.find(Username.of(name))
                .map(u -> new TirekUser(u.id(), u.username(), u.role(), true, false, null))
                .orElse(null);
    }
}

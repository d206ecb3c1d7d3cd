package org.tirek.proceedings.machine;

import static org.tirek.proceedings.machine.Machine.ANY;
import static org.tirek.proceedings.machine.Machine.BACK;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.tirek.proceedings.ProceedingType;

/**
 * The machines of every proceeding type, written down in one place (DOMAIN.md §3.7, §4.5, §5.2,
 * §6.3, §8.5). States and events are the vocabulary of the domain brief; where it left a path open
 * the choice is noted beside the transition.
 */
public final class Machines {

    public static final String MERITS = "merits";
    public static final String CUSTODY = "custody";
    public static final String DATA = "data";
    public static final String CCF = "ccf";
    public static final String MAIN = "main";

    /** Asylum states in which a claim for protection is still pending (feeds the extradition block, A1). */
    public static final Set<String> ASYLUM_PENDING = Set.of(
            "INTENTION_EXPRESSED",
            "APPLICATION_LODGED",
            "INTERVIEW_SCHEDULED",
            "FIRST_INSTANCE_PENDING",
            "GRANTED_REFUGEE",
            "GRANTED_SUBSIDIARY",
            "REJECTED",
            "INADMISSIBLE",
            "APPEAL_PENDING",
            "APPEAL_GRANTED_STATUS",
            "APPEAL_DISMISSED",
            "ONWARD_APPEAL_PENDING");
    /** Asylum states in which protection has been granted (A2). */
    public static final Set<String> ASYLUM_GRANTED =
            Set.of("GRANTED_REFUGEE", "GRANTED_SUBSIDIARY", "APPEAL_GRANTED_STATUS", "STATUS_ACTIVE", "REVIEW_DUE");
    /**
     * Interpol data states in which Interpol holds nothing on the client: none was found, or it was
     * deleted or blocked. Data can come back ({@code DATA_REINSERTED}), so these are not ends.
     */
    public static final Set<String> INTERPOL_NOTHING_HELD = Set.of("CONFIRMED_NONE", "DELETED", "BLOCKED");
    /** Extradition states in which surrender has been decided or scheduled (A1, A4). */
    public static final Set<String> SURRENDER_STAGE =
            Set.of("MINISTER_PENDING", "SURRENDER_AUTHORISED", "SURRENDER_SCHEDULED");
    /** Custody states in which the client is deprived of liberty (A2, A14). */
    public static final Set<String> DEPRIVED_OF_LIBERTY = Set.of("ARRESTED", "EXTRADITION_DETENTION");

    private static final Map<ProceedingType, Machine> MACHINES = build();

    private Machines() {}

    public static Machine of(ProceedingType type) {
        Machine machine = MACHINES.get(type);
        if (machine == null) throw new IllegalStateException("No machine for " + type);
        return machine;
    }

    /**
     * Whether a proceeding of {@code type} in {@code state} (each region's state) has ended, so that
     * what it blocks or suspends is free again: its main state is an end, or, for an Interpol matter
     * (whose machine has no end: DOMAIN.md §5.2), Interpol holds nothing on the client any more or the
     * source deleted its data during the CCF's review. Once data is reinserted the matter counts again.
     */
    public static boolean hasEnded(ProceedingType type, Map<String, String> state) {
        Machine machine = of(type);
        if (machine.isTerminal(state.getOrDefault(machine.regions().get(0), ""))) return true;
        return type == ProceedingType.INTERPOL
                && (INTERPOL_NOTHING_HELD.contains(state.getOrDefault(DATA, ""))
                        || "CLOSED_SOURCE_DELETED".equals(state.get(CCF)));
    }

    private static Map<ProceedingType, Machine> build() {
        Map<ProceedingType, Machine> all = new EnumMap<>(ProceedingType.class);
        all.put(ProceedingType.ARREST_WARRANT, arrestWarrant());
        all.put(ProceedingType.INTERPOL, interpol());
        all.put(ProceedingType.EXTRADITION, extradition());
        all.put(ProceedingType.ASYLUM, asylum());
        all.put(ProceedingType.PROTECTIVE_ORDER, protectiveOrder());
        all.put(ProceedingType.DOMESTIC_CRIMINAL, domesticCriminal());
        all.put(ProceedingType.INTERIM_MEASURE, interimMeasure());
        all.put(ProceedingType.ECTHR_APPLICATION, ecthrApplication());
        all.put(ProceedingType.UN_COMMUNICATION, unCommunication());
        all.put(ProceedingType.GENERIC, generic());
        return all;
    }

    /** §3.7: merits and custody as two regions; blocks are computed from linked proceedings elsewhere. */
    static Machine extradition() {
        return Machine.builder(ProceedingType.EXTRADITION)
                .region(MERITS, "NONE")
                .region(CUSTODY, "AT_LIBERTY")
                .terminal(
                        "SURRENDERED",
                        "REFUSED_FINAL",
                        "WITHDRAWN",
                        "LAPSED",
                        "TERMINATED_PROTECTION_GRANTED",
                        "TRANSFERRED")
                .on("ALERT_KNOWN", MERITS, "NONE", "ALERT_ONLY")
                .on("ARRESTED_ON_PROVISIONAL_REQUEST", MERITS, "NONE,ALERT_ONLY", "PROVISIONAL_ARREST")
                .on(
                        "ARRESTED_ON_PROVISIONAL_REQUEST",
                        CUSTODY,
                        "AT_LIBERTY,RELEASED,RELEASED_WITH_MEASURES",
                        "ARRESTED")
                .on("FORMAL_REQUEST_RECEIVED", MERITS, "NONE,ALERT_ONLY,PROVISIONAL_ARREST", "REQUEST_RECEIVED")
                .on("REQUEST_DEADLINE_EXPIRED", MERITS, "PROVISIONAL_ARREST", "LAPSED")
                .on(
                        "REQUEST_DEADLINE_EXPIRED",
                        CUSTODY,
                        "ARRESTED,EXTRADITION_DETENTION,RELEASED_WITH_MEASURES",
                        "RELEASED")
                // simplified extradition with consent; barred when requests compete (A12 warns)
                .on("CONSENT_TO_SIMPLIFIED_EXTRADITION", MERITS, "PROVISIONAL_ARREST,REQUEST_RECEIVED", "PANEL_PENDING")
                .on("INVESTIGATING_JUDGE_SEIZED", MERITS, "REQUEST_RECEIVED", "JUDICIAL_EXAMINATION")
                .on("FILE_SENT_TO_PANEL", MERITS, "JUDICIAL_EXAMINATION,REMANDED", "PANEL_PENDING")
                .on("PANEL_FOUND_CONDITIONS_NOT_MET", MERITS, "PANEL_PENDING", "CONDITIONS_NOT_MET_1ST")
                .on("PANEL_FOUND_CONDITIONS_MET", MERITS, "PANEL_PENDING", "CONDITIONS_MET_1ST")
                .on("HIGHER_COURT_CONFIRMED_REFUSAL", MERITS, "CONDITIONS_NOT_MET_1ST", "REFUSED_FINAL")
                .on("HIGHER_COURT_REVERSED_REFUSAL", MERITS, "CONDITIONS_NOT_MET_1ST", "CONDITIONS_MET_FINAL")
                .on("HIGHER_COURT_REPEALED_REFUSAL", MERITS, "CONDITIONS_NOT_MET_1ST", "REMANDED")
                .on("APPEAL_LODGED", MERITS, "CONDITIONS_MET_1ST", "APPEAL_PENDING")
                .on("APPEAL_DEADLINE_PASSED", MERITS, "CONDITIONS_MET_1ST", "CONDITIONS_MET_FINAL")
                .on("APPEAL_GRANTED_REMAND", MERITS, "APPEAL_PENDING", "REMANDED")
                .on("APPEAL_GRANTED_REFUSAL", MERITS, "APPEAL_PENDING", "REFUSED_FINAL")
                .on("APPEAL_DISMISSED", MERITS, "APPEAL_PENDING", "CONDITIONS_MET_FINAL")
                .on("FILE_TO_MINISTER", MERITS, "CONDITIONS_MET_FINAL", "MINISTER_PENDING")
                // a suspensive extraordinary remedy interrupts wherever the merits are, and returns there
                .on("EXTRAORDINARY_REMEDY_FILED", MERITS, ANY, "EXTRAORDINARY_REVIEW")
                .on("EXTRAORDINARY_REMEDY_REJECTED", MERITS, "EXTRAORDINARY_REVIEW", BACK)
                .on("EXTRAORDINARY_REMEDY_GRANTED_REMAND", MERITS, "EXTRAORDINARY_REVIEW", "REMANDED")
                .on("EXTRAORDINARY_REMEDY_GRANTED_REFUSAL", MERITS, "EXTRAORDINARY_REVIEW", "REFUSED_FINAL")
                .on("MINISTER_REFUSED", MERITS, "MINISTER_PENDING", "REFUSED_FINAL")
                .on("MINISTER_ALLOWED", MERITS, "MINISTER_PENDING", "SURRENDER_AUTHORISED")
                .on("SURRENDER_DATE_SET", MERITS, "SURRENDER_AUTHORISED,SURRENDER_SCHEDULED", "SURRENDER_SCHEDULED")
                .on("HANDED_OVER", MERITS, "SURRENDER_SCHEDULED", "SURRENDERED")
                .on("HANDED_OVER", CUSTODY, ANY, "TRANSFERRED")
                .on("NOT_COLLECTED_DEADLINE_EXPIRED", MERITS, "SURRENDER_SCHEDULED", "LAPSED")
                .on(
                        "NOT_COLLECTED_DEADLINE_EXPIRED",
                        CUSTODY,
                        "ARRESTED,EXTRADITION_DETENTION,RELEASED_WITH_MEASURES",
                        "RELEASED")
                .on("REQUEST_WITHDRAWN", MERITS, ANY, "WITHDRAWN")
                .on("REQUEST_WITHDRAWN", CUSTODY, "ARRESTED,EXTRADITION_DETENTION,RELEASED_WITH_MEASURES", "RELEASED")
                .on("PROTECTION_GRANTED_FINAL", MERITS, ANY, "TERMINATED_PROTECTION_GRANTED")
                // custody: each change caused by an order; a review keeps the state and restarts its clock (A14)
                .on("ARRESTED", CUSTODY, "AT_LIBERTY,RELEASED,RELEASED_WITH_MEASURES", "ARRESTED")
                .on(
                        "DETENTION_ORDERED",
                        CUSTODY,
                        "AT_LIBERTY,ARRESTED,RELEASED_WITH_MEASURES,RELEASED",
                        "EXTRADITION_DETENTION")
                .on("RELEASED_WITH_MEASURES", CUSTODY, "ARRESTED,EXTRADITION_DETENTION", "RELEASED_WITH_MEASURES")
                .on("RELEASED", CUSTODY, "ARRESTED,EXTRADITION_DETENTION,RELEASED_WITH_MEASURES", "RELEASED")
                .on("DETENTION_REVIEWED", CUSTODY, "ARRESTED", "ARRESTED")
                .on("DETENTION_REVIEWED", CUSTODY, "EXTRADITION_DETENTION", "EXTRADITION_DETENTION")
                .build();
    }

    /** §4.5. First-instance outcomes, the lawsuit, onward appeal, and the life of a granted status. */
    static Machine asylum() {
        String open = "APPLICATION_LODGED,INTERVIEW_SCHEDULED,FIRST_INSTANCE_PENDING";
        return Machine.builder(ProceedingType.ASYLUM)
                .region(MAIN, "NONE")
                .terminal("DISCONTINUED", "CEASED", "REVOKED")
                .on("INTENTION_REGISTERED", MAIN, "NONE", "INTENTION_EXPRESSED")
                .on("APPLICATION_LODGED", MAIN, "NONE,INTENTION_EXPRESSED", "APPLICATION_LODGED")
                .on("INTERVIEW_INVITED", MAIN, "APPLICATION_LODGED", "INTERVIEW_SCHEDULED")
                .on("INTERVIEW_HELD", MAIN, "APPLICATION_LODGED,INTERVIEW_SCHEDULED", "FIRST_INSTANCE_PENDING")
                .on("REFUGEE_STATUS_GRANTED", MAIN, open, "GRANTED_REFUGEE")
                .on("SUBSIDIARY_PROTECTION_GRANTED", MAIN, open, "GRANTED_SUBSIDIARY")
                .on("APPLICATION_REJECTED", MAIN, open, "REJECTED")
                .on("APPLICATION_INADMISSIBLE", MAIN, open, "INADMISSIBLE")
                .on("PROCEDURE_DISCONTINUED", MAIN, ANY, "DISCONTINUED")
                .on("LEFT_TERRITORY_WITHOUT_PERMISSION", MAIN, ANY, "DISCONTINUED")
                .on("GRANT_FINAL", MAIN, "GRANTED_REFUGEE,GRANTED_SUBSIDIARY,APPEAL_GRANTED_STATUS", "STATUS_ACTIVE")
                .on("LAWSUIT_FILED", MAIN, "REJECTED,INADMISSIBLE", "APPEAL_PENDING")
                .on("APPEAL_DEADLINE_PASSED", MAIN, "REJECTED,INADMISSIBLE,APPEAL_DISMISSED", "FINAL_NEGATIVE")
                .on("COURT_REMANDED", MAIN, "APPEAL_PENDING", "FIRST_INSTANCE_PENDING")
                .on("COURT_GRANTED_STATUS", MAIN, "APPEAL_PENDING", "APPEAL_GRANTED_STATUS")
                .on("COURT_DISMISSED", MAIN, "APPEAL_PENDING", "APPEAL_DISMISSED")
                .on("ONWARD_APPEAL_FILED", MAIN, "APPEAL_DISMISSED", "ONWARD_APPEAL_PENDING")
                .on("ONWARD_APPEAL_GRANTED", MAIN, "ONWARD_APPEAL_PENDING", "FIRST_INSTANCE_PENDING")
                .on("ONWARD_APPEAL_DISMISSED", MAIN, "ONWARD_APPEAL_PENDING", "FINAL_NEGATIVE")
                .on("SUBSEQUENT_APPLICATION_LODGED", MAIN, "FINAL_NEGATIVE", "FIRST_INSTANCE_PENDING")
                .on("STATUS_REVIEW_DUE", MAIN, "STATUS_ACTIVE", "REVIEW_DUE")
                .on("STATUS_RENEWED", MAIN, "REVIEW_DUE", "STATUS_ACTIVE")
                .on("STATUS_CEASED", MAIN, "STATUS_ACTIVE,REVIEW_DUE", "CEASED")
                .on("STATUS_REVOKED", MAIN, "STATUS_ACTIVE,REVIEW_DUE", "REVOKED")
                .build();
    }

    /** Criminal prosecution of the client in the requesting state (the brief gives no machine; kept minimal). */
    static Machine arrestWarrant() {
        return Machine.builder(ProceedingType.ARREST_WARRANT)
                .region(MAIN, "NONE")
                .terminal("DROPPED", "ACQUITTED", "WARRANT_WITHDRAWN", "TIME_BARRED", "CONVICTION_FINAL")
                .on("CHARGES_ANNOUNCED", MAIN, "NONE", "CHARGED")
                .on("WARRANT_ISSUED", MAIN, "NONE,CHARGED", "WARRANT_ACTIVE")
                .on("INTERNATIONAL_SEARCH_DECLARED", MAIN, "WARRANT_ACTIVE", "WANTED_INTERNATIONALLY")
                .on("WARRANT_WITHDRAWN", MAIN, "WARRANT_ACTIVE,WANTED_INTERNATIONALLY", "WARRANT_WITHDRAWN")
                .on("CHARGES_DROPPED", MAIN, ANY, "DROPPED")
                .on("TRIAL_STARTED", MAIN, "CHARGED,WARRANT_ACTIVE,WANTED_INTERNATIONALLY", "TRIAL")
                .on("CONVICTED", MAIN, "TRIAL", "CONVICTED")
                .on("ACQUITTED", MAIN, "TRIAL", "ACQUITTED")
                .on("APPEAL_LODGED", MAIN, "CONVICTED", "APPEAL_PENDING")
                .on("CONVICTION_UPHELD", MAIN, "APPEAL_PENDING", "CONVICTION_FINAL")
                .on("CONVICTION_BECAME_FINAL", MAIN, "CONVICTED", "CONVICTION_FINAL")
                .on("CONVICTION_QUASHED", MAIN, "APPEAL_PENDING", "DROPPED")
                .on("TIME_BARRED", MAIN, ANY, "TIME_BARRED")
                .build();
    }

    /** §5.2: what Interpol holds (data) and the request to the CCF, as two regions. */
    static Machine interpol() {
        return Machine.builder(ProceedingType.INTERPOL)
                .region(DATA, "UNKNOWN")
                .region(CCF, "NONE")
                .terminal("CLOSED_SOURCE_DELETED", "REVISION_DECIDED", "INADMISSIBLE")
                .on("NOTICE_SUSPECTED", DATA, "UNKNOWN", "SUSPECTED")
                .on("RED_NOTICE_CONFIRMED", DATA, "UNKNOWN,SUSPECTED,CONFIRMED_NONE,UPDATED", "CONFIRMED_RED_NOTICE")
                .on("DIFFUSION_CONFIRMED", DATA, "UNKNOWN,SUSPECTED,CONFIRMED_NONE,UPDATED", "CONFIRMED_DIFFUSION")
                .on("OTHER_DATA_CONFIRMED", DATA, "UNKNOWN,SUSPECTED,CONFIRMED_NONE,UPDATED", "CONFIRMED_OTHER")
                .on("NO_DATA_CONFIRMED", DATA, "UNKNOWN,SUSPECTED", "CONFIRMED_NONE")
                .on("DATA_DELETED", DATA, "CONFIRMED_RED_NOTICE,CONFIRMED_DIFFUSION,CONFIRMED_OTHER,UPDATED", "DELETED")
                .on("DATA_BLOCKED", DATA, "CONFIRMED_RED_NOTICE,CONFIRMED_DIFFUSION,CONFIRMED_OTHER,UPDATED", "BLOCKED")
                .on("DATA_UPDATED", DATA, "CONFIRMED_RED_NOTICE,CONFIRMED_DIFFUSION,CONFIRMED_OTHER", "UPDATED")
                .on("DATA_REINSERTED", DATA, "DELETED,BLOCKED,CONFIRMED_NONE", "REINSERTED")
                .on("CCF_REQUEST_DRAFTED", CCF, "NONE", "DRAFTING")
                .on("CCF_REQUEST_SENT", CCF, "NONE,DRAFTING", "SUBMITTED")
                .on("CCF_ACK_RECEIVED", CCF, "SUBMITTED", "ADMISSIBILITY_PENDING")
                .on("CCF_FOUND_INADMISSIBLE", CCF, "SUBMITTED,ADMISSIBILITY_PENDING", "INADMISSIBLE")
                .on("CCF_FOUND_ADMISSIBLE", CCF, "SUBMITTED,ADMISSIBILITY_PENDING", "UNDER_EXAMINATION")
                .on("CCF_INFO_REQUESTED", CCF, "UNDER_EXAMINATION", "UNDER_EXAMINATION")
                .on("CCF_DECISION_RECEIVED", CCF, "UNDER_EXAMINATION", "DECIDED")
                .on("CCF_DECISION_NOTIFIED", CCF, "DECIDED", "NOTIFIED")
                .on("NEW_FACT_DISCOVERED", CCF, "DECIDED,NOTIFIED", "NEW_FACT")
                .on("CCF_REVISION_FILED", CCF, "NEW_FACT", "REVISION_FILED")
                .on("CCF_REVISION_DECIDED", CCF, "REVISION_FILED", "REVISION_DECIDED")
                .on("SOURCE_DELETED", CCF, "SUBMITTED,ADMISSIBILITY_PENDING,UNDER_EXAMINATION", "CLOSED_SOURCE_DELETED")
                .on(
                        "SOURCE_DELETED",
                        DATA,
                        "CONFIRMED_RED_NOTICE,CONFIRMED_DIFFUSION,CONFIRMED_OTHER,UPDATED",
                        "DELETED")
                .build();
    }

    /** §8.5: Kazakhstan's police and court protective orders. */
    static Machine protectiveOrder() {
        return Machine.builder(ProceedingType.PROTECTIVE_ORDER)
                .region(MAIN, "NONE")
                .terminal("EXPIRED", "REVOKED", "REFUSED")
                .on("ORDER_REQUESTED", MAIN, "NONE", "REQUESTED")
                .on("ORDER_REFUSED", MAIN, "REQUESTED", "REFUSED")
                .on("POLICE_ORDER_ISSUED", MAIN, "NONE,REQUESTED", "ISSUED")
                .on("COURT_ORDER_ISSUED", MAIN, "NONE,REQUESTED,ACTIVE,EXTENDED", "ISSUED")
                .on("SERVICE_CONFIRMED", MAIN, "ISSUED", "ACTIVE")
                .on("BREACH_REPORTED", MAIN, "ACTIVE,EXTENDED", "BREACH_REPORTED")
                .on("BREACH_SANCTIONED", MAIN, "BREACH_REPORTED", "ACTIVE")
                .on("BREACH_UNRESOLVED", MAIN, "BREACH_REPORTED", "BREACH_UNRESOLVED")
                .on("BREACH_FOLLOWED_UP", MAIN, "BREACH_UNRESOLVED", "ACTIVE")
                .on("VARIATION_REQUESTED", MAIN, "ACTIVE,EXTENDED", "VARIATION_REQUESTED")
                .on("VARIATION_DECIDED", MAIN, "VARIATION_REQUESTED", "ACTIVE")
                .on("ORDER_EXTENDED", MAIN, "ACTIVE,EXTENDED", "EXTENDED")
                .on(
                        "ORDER_EXPIRED",
                        MAIN,
                        "ISSUED,ACTIVE,EXTENDED,BREACH_REPORTED,BREACH_UNRESOLVED,VARIATION_REQUESTED",
                        "EXPIRED")
                .on("ORDER_REVOKED", MAIN, ANY, "REVOKED")
                .build();
    }

    /** §8.5: a criminal case against an abuser in Kazakhstan (procedural detail unverified, kept minimal). */
    static Machine domesticCriminal() {
        return Machine.builder(ProceedingType.DOMESTIC_CRIMINAL)
                .region(MAIN, "NONE")
                .terminal("DISCONTINUED", "RECONCILED", "FINAL")
                .on("REPORTED", MAIN, "NONE", "REPORTED")
                .on("REGISTERED", MAIN, "NONE,REPORTED", "REGISTERED")
                .on("INVESTIGATION_STARTED", MAIN, "REGISTERED", "PRE_TRIAL_INVESTIGATION")
                .on("DISCONTINUED", MAIN, "REPORTED,REGISTERED,PRE_TRIAL_INVESTIGATION", "DISCONTINUED")
                // reconciliation is barred for crimes against minors and repeats (DOMAIN §8.4); recorded, not enforced
                .on("RECONCILED", MAIN, "PRE_TRIAL_INVESTIGATION,SENT_TO_COURT,TRIAL", "RECONCILED")
                .on("SENT_TO_COURT", MAIN, "PRE_TRIAL_INVESTIGATION", "SENT_TO_COURT")
                .on("TRIAL_STARTED", MAIN, "SENT_TO_COURT", "TRIAL")
                .on("VERDICT", MAIN, "TRIAL", "VERDICT")
                .on("APPEAL_LODGED", MAIN, "VERDICT", "APPEAL_PENDING")
                .on("APPEAL_DECIDED", MAIN, "APPEAL_PENDING", "FINAL")
                .on("VERDICT_BECAME_FINAL", MAIN, "VERDICT", "FINAL")
                .build();
    }

    /** §6.3: ECtHR Rule 39 or a UN body's interim measures; while IN_FORCE it blocks surrender (A19). */
    static Machine interimMeasure() {
        return Machine.builder(ProceedingType.INTERIM_MEASURE)
                .region(MAIN, "DRAFTING")
                .terminal("REFUSED", "OUT_OF_SCOPE", "LIFTED", "EXPIRED")
                .on("REQUEST_SUBMITTED", MAIN, "DRAFTING,INFO_REQUESTED", "SUBMITTED")
                .on("INFO_REQUESTED", MAIN, "SUBMITTED", "INFO_REQUESTED")
                .on("MEASURE_GRANTED", MAIN, "SUBMITTED", "IN_FORCE")
                .on("MEASURE_REFUSED", MAIN, "SUBMITTED", "REFUSED")
                .on("FOUND_OUT_OF_SCOPE", MAIN, "SUBMITTED", "OUT_OF_SCOPE")
                .on("MEASURE_EXTENDED", MAIN, "IN_FORCE", "IN_FORCE")
                .on("MEASURE_LIFTED_BY_COURT", MAIN, "IN_FORCE", "LIFTED")
                .on("MEASURE_EXPIRED", MAIN, "IN_FORCE", "EXPIRED")
                .build();
    }

    /** An application to the ECtHR (the 4-month limit runs from the final domestic decision, A7). */
    static Machine ecthrApplication() {
        return Machine.builder(ProceedingType.ECTHR_APPLICATION)
                .region(MAIN, "DRAFTING")
                .terminal("DECLARED_INADMISSIBLE", "STRUCK_OUT", "FRIENDLY_SETTLEMENT", "JUDGMENT_FINAL")
                .on("APPLICATION_LODGED", MAIN, "DRAFTING", "LODGED")
                .on("APPLICATION_REGISTERED", MAIN, "LODGED", "REGISTERED")
                .on("DECLARED_INADMISSIBLE", MAIN, "LODGED,REGISTERED,COMMUNICATED", "DECLARED_INADMISSIBLE")
                .on("COMMUNICATED_TO_GOVERNMENT", MAIN, "REGISTERED", "COMMUNICATED")
                .on("OBSERVATIONS_EXCHANGED", MAIN, "COMMUNICATED", "COMMUNICATED")
                .on("STRUCK_OUT", MAIN, "REGISTERED,COMMUNICATED", "STRUCK_OUT")
                .on("FRIENDLY_SETTLEMENT_REACHED", MAIN, "COMMUNICATED", "FRIENDLY_SETTLEMENT")
                .on("JUDGMENT_DELIVERED", MAIN, "COMMUNICATED", "JUDGMENT")
                .on("REFERRAL_REQUESTED", MAIN, "JUDGMENT", "REFERRAL_PENDING")
                .on("REFERRAL_ACCEPTED", MAIN, "REFERRAL_PENDING", "COMMUNICATED")
                .on("REFERRAL_REJECTED", MAIN, "REFERRAL_PENDING", "JUDGMENT_FINAL")
                .on("JUDGMENT_BECAME_FINAL", MAIN, "JUDGMENT", "JUDGMENT_FINAL")
                .build();
    }

    /** §6.2: a communication to a UN treaty body or Special Procedure (confidential for 60 days, A20). */
    static Machine unCommunication() {
        return Machine.builder(ProceedingType.UN_COMMUNICATION)
                .region(MAIN, "DRAFTING")
                .terminal("VIEWS_ADOPTED", "DISCONTINUED", "PUBLISHED")
                .on("COMMUNICATION_SENT", MAIN, "DRAFTING", "SENT")
                .on("COMMUNICATION_REGISTERED", MAIN, "SENT", "REGISTERED")
                .on("TRANSMITTED_TO_STATE", MAIN, "SENT,REGISTERED", "TRANSMITTED")
                .on("STATE_REPLIED", MAIN, "TRANSMITTED", "STATE_REPLIED")
                .on("COMMUNICATION_PUBLISHED", MAIN, "TRANSMITTED,STATE_REPLIED", "PUBLISHED")
                .on("VIEWS_ADOPTED", MAIN, "REGISTERED,TRANSMITTED,STATE_REPLIED", "VIEWS_ADOPTED")
                .on("DISCONTINUED", MAIN, ANY, "DISCONTINUED")
                .build();
    }

    static Machine generic() {
        return Machine.builder(ProceedingType.GENERIC)
                .region(MAIN, "OPEN")
                .terminal("CLOSED")
                .on("CLOSED", MAIN, "OPEN", "CLOSED")
                .build();
    }
}

package org.tirek.intake;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tirek.incidents.AreaCategory;
import org.tirek.incidents.CoreType;
import org.tirek.incidents.PartialDate;
import org.tirek.platform.Region;

/**
 * The structured answers of a report, decrypted, as the questionnaire's fixed kinds of question
 * give them; every field is optional (a survivor may decline any question, and an organisation may
 * leave a question out of its form). Sensitive as a whole: it travels only in memory.
 *
 * @param reportedBy whether the person it happened to wrote the report
 * @param type what happened, mapped to a GBVIMS core type
 * @param when when it happened, at the precision the reporter knew
 * @param region where (coarse: a country or a first-level subdivision)
 * @param area the kind of place (town, village, camp, online…), never an address
 * @param safeNow the answer to "are you safe now?"
 * @param contact whether and how contact is wanted
 * @param consent what the reporter agreed the organisation may do with the report
 * @param story the reporter's own words
 * @param other answers to the organisation's own questions, by question id
 * @param questionnaireVersion the version of the questionnaire answered
 */
public record IntakeAnswers(
        @Nullable ReportedBy reportedBy,
        @Nullable CoreType type,
        @Nullable PartialDate when,
        @Nullable Region region,
        @Nullable AreaCategory area,
        @Nullable SafeNow safeNow,
        SafeContact contact,
        ReporterConsent consent,
        @Nullable String story,
        Map<String, String> other,
        int questionnaireVersion) {

    public IntakeAnswers {
        other = Map.copyOf(other);
    }

    /** Who wrote the report. */
    public enum ReportedBy {
        /** The person it happened to. */
        SURVIVOR,
        /** A witness, a relative, a friend, a colleague. */
        SOMEONE_ELSE
    }

    /** The answer to "are you safe now?". */
    public enum SafeNow {
        YES,
        NO,
        UNSURE
    }

    @Override
    public String toString() {
        return "IntakeAnswers[redacted]";
    }
}

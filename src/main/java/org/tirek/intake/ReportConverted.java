package org.tirek.intake;

import java.util.UUID;

/**
 * A report became part of a case: converted into a new case ({@code newCase}) or attached to an
 * existing one. Published in the transaction that does it, after intake recorded the incident
 * through {@link org.tirek.incidents.Incidents}, wrote the answers into a note of the case and took
 * the files into evidence. It carries the decrypted structured answers, with the reporter's consent
 * and contact wishes, for modules that build on them (statistics, referrals). Listeners must not
 * log or store {@code answers} in clear.
 */
public record ReportConverted(UUID caseId, UUID reportId, IntakeAnswers answers, boolean newCase) {

    @Override
    public String toString() {
        return "ReportConverted[case " + caseId + ", report " + reportId + "]";
    }
}

package org.tirek.intake.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.identity.TirekUser;
import org.tirek.vault.IntakeKeys;

/** Administration of intake: the questionnaire's versions and the intake key's rotation (both audited). */
@Service
public class QuestionnaireAdmin {

    private final Questionnaires questionnaires;
    private final IntakeKeys keys;
    private final IntakeAudit audit;
    private final TransactionTemplate tx;

    QuestionnaireAdmin(Questionnaires questionnaires, IntakeKeys keys, IntakeAudit audit, TransactionTemplate tx) {
        this.questionnaires = questionnaires;
        this.keys = keys;
        this.audit = audit;
        this.tx = tx;
    }

    /** The version in use, its definition, the history and the intake key's fingerprint. */
    public record Current(int version, String definition, List<Questionnaires.Version> history, String fingerprint) {}

    public Current current() {
        Questionnaire current = questionnaires.current();
        return new Current(
                current.version(),
                current.toJson(),
                questionnaires.history(),
                keys.available() ? keys.fingerprint() : "—");
    }

    /** Saves a new version; returns the problems found (nothing is saved when there is one). */
    public List<QuestionnaireProblem> save(TirekUser who, String json) {
        try {
            tx.executeWithoutResult(status -> {
                questionnaires.save(json, who.getUsername());
                audit.staff(who, IntakeAudit.QUESTIONNAIRE);
            });
            return List.of();
        } catch (Questionnaire.Invalid e) {
            return e.problems();
        }
    }

    public void rotateKey(TirekUser who) {
        keys.rotate();
        audit.staff(who, IntakeAudit.ROTATE_KEY);
    }
}

package org.tirek.cases.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.cases.CaseId;
import org.tirek.cases.SyntheticCase;
import org.tirek.cases.SyntheticCases;
import org.tirek.cases.TeamMember;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.UserSummary;
import org.tirek.identity.Username;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.KeyScope;

/** Bulk opening of generated cases: one transaction and one audit entry per batch. */
@Service
@Transactional
class SyntheticCasesService implements SyntheticCases {

    static final AuditAction GENERATE = AuditAction.write("cases.synthetic_generate");

    private final CasesService cases;
    private final CaseTasksService tasks;
    private final UserAccounts users;
    private final AuditTrail audit;
    private final FieldEncryption fields;

    SyntheticCasesService(
            CasesService cases, CaseTasksService tasks, UserAccounts users, AuditTrail audit, FieldEncryption fields) {
        this.cases = cases;
        this.tasks = tasks;
        this.users = users;
        this.audit = audit;
        this.fields = fields;
    }

    @Override
    public List<CaseId> openAll(List<SyntheticCase> batch) {
        if (batch.size() > MAX_BATCH) {
            throw new InvalidRequestException("A batch holds at most " + MAX_BATCH + " cases");
        }
        Map<Username, UserSummary> accounts = new HashMap<>();
        List<CaseId> opened = new ArrayList<>(batch.size());
        // the batch's data keys in one commit, not one commit per case on its first sealed value
        List<CaseId> ids = batch.stream().map(c -> CaseId.of(UUID.randomUUID())).toList();
        fields.prepareKeys(ids.stream().map(id -> KeyScope.ofCase(id.value())).toList());
        for (int i = 0; i < batch.size(); i++) {
            SyntheticCase c = batch.get(i);
            List<UserSummary> team =
                    c.team().stream().map(u -> account(accounts, u)).toList();
            CaseId id = cases.openSynthetic(ids.get(i), c, team);
            UserSummary opener = team.get(0);
            for (SyntheticCase.Task task : c.tasks()) {
                TeamMember assignee = null;
                if (task.assignee() != null) {
                    UserSummary who = team.stream()
                            .filter(m -> m.username().equals(task.assignee()))
                            .findFirst()
                            .orElseThrow(() -> new InvalidRequestException(
                                    "A task's assignee must be on the case's team", Map.of("assignee", "not on team")));
                    assignee = new TeamMember(who.id(), who.username().value(), c.openedAt());
                }
                tasks.insertSynthetic(
                        id, task, assignee, opener.id(), opener.username().value(), c.openedAt());
            }
            opened.add(id);
        }
        if (!opened.isEmpty()) {
            audit.record(AuditEntry.of(Actor.system("demo-generator"), GENERATE)
                    .about("synthetic_cases", String.valueOf(opened.size())));
        }
        return opened;
    }

    private UserSummary account(Map<Username, UserSummary> cache, Username username) {
        return cache.computeIfAbsent(
                username,
                u -> users.find(u)
                        .orElseThrow(() -> new InvalidRequestException(
                                "No account named " + u.value(), Map.of("team", "unknown account"))));
    }
}

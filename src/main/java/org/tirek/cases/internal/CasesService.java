package org.tirek.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.cases.CaseChanges;
import org.tirek.cases.CaseDetails;
import org.tirek.cases.CaseHeader;
import org.tirek.cases.CaseId;
import org.tirek.cases.CasePage;
import org.tirek.cases.CaseQuery;
import org.tirek.cases.CaseStatus;
import org.tirek.cases.CaseSummary;
import org.tirek.cases.Cases;
import org.tirek.cases.NewCase;
import org.tirek.cases.Note;
import org.tirek.cases.NoteRevision;
import org.tirek.cases.Priority;
import org.tirek.cases.StatusChange;
import org.tirek.cases.SyntheticCase;
import org.tirek.cases.TeamMember;
import org.tirek.cases.TimelineEntry;
import org.tirek.cases.TimelineSource;
import org.tirek.identity.Actors;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.UserSummary;
import org.tirek.identity.Username;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;
import org.tirek.vault.SealedText;

/**
 * The cases service. Who sees what: team members everything of their cases; coordinators and
 * administrators the structure of every case (and join to see more); lawyers and caseworkers
 * nothing of cases they are not on; analysts and auditors nothing at all.
 */
@Service
@Transactional
class CasesService implements Cases {

    static final int MAX_CODENAME = 80;
    static final int MAX_TEXT = 20_000;
    private static final Set<Role> MAY_OPEN = EnumSet.of(Role.COORDINATOR, Role.LAWYER, Role.CASEWORKER);
    private static final Set<Role> OVERSEERS = EnumSet.of(Role.COORDINATOR, Role.ADMIN);
    private static final Set<Role> MAY_BE_MEMBERS =
            EnumSet.of(Role.COORDINATOR, Role.LAWYER, Role.CASEWORKER, Role.ADMIN);

    private final CaseFiles cases;
    private final CaseNotes notes;
    private final FieldEncryption fields;
    private final AuditTrail audit;
    private final UserAccounts users;
    private final List<TimelineSource> timelineSources;
    private final CaseTasksService tasks;
    private final Clock clock;

    CasesService(
            CaseFiles cases,
            CaseNotes notes,
            FieldEncryption fields,
            AuditTrail audit,
            UserAccounts users,
            List<TimelineSource> timelineSources,
            CaseTasksService tasks,
            Clock clock) {
        this.cases = cases;
        this.notes = notes;
        this.fields = fields;
        this.audit = audit;
        this.users = users;
        this.timelineSources = timelineSources;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public CaseSummary open(TirekUser who, NewCase request) {
        if (!MAY_OPEN.contains(who.role())) throw new AccessDeniedException("Only case staff open cases");
        String codename = codename(request.codename());
        String summary = optionalText(request.summary(), "summary");
        Instant now = clock.instant();
        CaseId id = CaseId.of(UUID.randomUUID());
        CaseSummary created = new CaseSummary(
                id,
                cases.nextReference(now),
                codename,
                request.type(),
                CaseStatus.OPEN,
                request.priority() == null ? Priority.NORMAL : request.priority(),
                request.region(),
                now,
                now,
                false,
                0);
        cases.insert(created, summary == null ? null : seal(id, "case_file", "summary", id.value(), summary), who.id());
        cases.recordStatusChange(UUID.randomUUID(), id, null, CaseStatus.OPEN, null, who.id(), who.getUsername(), now);
        cases.addMember(id, who.id(), who.getUsername(), who.id(), now);
        record(who, CaseActions.OPEN, id);
        return created;
    }

    /**
     * Opens one generated case with its team, notes and status history; not recorded in the audit
     * trail one by one ({@link SyntheticCasesService} records the batch).
     */
    CaseId openSynthetic(CaseId id, SyntheticCase c, List<UserSummary> team) {
        NewCase request = c.request();
        UserSummary opener = team.get(0);
        String summary = optionalText(request.summary(), "summary");
        cases.insert(
                new CaseSummary(
                        id,
                        cases.nextReference(c.openedAt()),
                        codename(request.codename()),
                        request.type(),
                        c.status(),
                        request.priority() == null ? Priority.NORMAL : request.priority(),
                        request.region(),
                        c.openedAt(),
                        c.openedAt(),
                        true,
                        0),
                summary == null ? null : seal(id, "case_file", "summary", id.value(), summary),
                opener.id());
        String by = opener.username().value();
        cases.recordStatusChange(UUID.randomUUID(), id, null, CaseStatus.OPEN, null, opener.id(), by, c.openedAt());
        if (c.status() != CaseStatus.OPEN) {
            cases.recordStatusChange(
                    UUID.randomUUID(), id, CaseStatus.OPEN, c.status(), null, opener.id(), by, c.openedAt());
        }
        for (UserSummary member : team) {
            if (!MAY_BE_MEMBERS.contains(member.role())) {
                throw new InvalidRequestException(cannotJoin(member.role()), Map.of("team", "wrong role"));
            }
            cases.addMember(id, member.id(), member.username().value(), opener.id(), c.openedAt());
        }
        for (String text : c.notes()) {
            UUID noteId = UUID.randomUUID();
            String body = requiredText(text, "notes");
            notes.insert(noteId, id, seal(id, "case_note", noteColumn(1), noteId, body), opener.id(), by, c.openedAt());
        }
        return id;
    }

    @Override
    public CaseDetails details(TirekUser who, CaseId id) {
        CaseSummary summary = find(id);
        boolean member = view(who, id);
        if (!member) return new CaseDetails(summary, false, null, cases.team(id), List.of(), List.of());
        byte[] sealed = cases.summarySealed(id);
        String text = sealed == null ? null : open(id, "case_file", "summary", id.value(), sealed);
        List<StatusChange> history = cases.history(id).stream()
                .map(c -> c.open(
                        c.reasonSealed() == null
                                ? null
                                : open(id, "case_status_change", "reason", c.id(), c.reasonSealed())))
                .toList();
        CaseDetails details = new CaseDetails(summary, true, text, cases.team(id), openNotes(id), history);
        record(who, CaseActions.VIEW, id);
        return details;
    }

    @Override
    @Transactional(readOnly = true)
    public CaseHeader header(TirekUser who, CaseId id) {
        CaseSummary summary = find(id);
        return new CaseHeader(summary, view(who, id));
    }

    @Override
    @Transactional(readOnly = true)
    public CasePage list(TirekUser who, CaseQuery query) {
        if (query.page() < 0) {
            throw new InvalidRequestException("page is 0 or more", Map.of("page", "0 or more"));
        }
        if (query.size() < 1 || query.size() > CaseQuery.MAX_SIZE) {
            throw new InvalidRequestException(
                    "A page holds 1 to " + CaseQuery.MAX_SIZE + " cases", Map.of("size", "1 to " + CaseQuery.MAX_SIZE));
        }
        UUID visibleTo;
        if (OVERSEERS.contains(who.role())) visibleTo = query.mine() ? who.id() : null;
        else if (MAY_OPEN.contains(who.role())) visibleTo = who.id();
        else throw new AccessDeniedException("No case-level data for this role");
        return new CasePage(cases.page(query, visibleTo), cases.count(query, visibleTo), query.page(), query.size());
    }

    @Override
    public CaseSummary change(TirekUser who, CaseId id, CaseChanges changes) {
        requireMember(who, id);
        Map<String, @Nullable Object> columns = new LinkedHashMap<>();
        if (changes.codename() != null) columns.put("codename", codename(changes.codename()));
        if (changes.summary() != null) {
            String summary = optionalText(changes.summary(), "summary");
            columns.put(
                    "summary_sealed", summary == null ? null : seal(id, "case_file", "summary", id.value(), summary));
        }
        if (changes.priority() != null)
            columns.put("priority", changes.priority().name());
        if (changes.region() != null) columns.put("region", changes.region().code());
        else if (changes.clearRegion()) columns.put("region", null);
        if (columns.isEmpty()) throw new InvalidRequestException("Nothing to change");
        if (!cases.update(id, changes.version(), columns)) throw stale();
        record(who, CaseActions.CHANGE, id);
        return find(id);
    }

    @Override
    public CaseSummary moveTo(TirekUser who, CaseId id, CaseStatus status, String reason) {
        requireMember(who, id);
        CaseSummary current = find(id);
        current.status().moveTo(status);
        String why = reason.strip();
        if (current.status().needsReason(status) && why.isEmpty()) {
            throw new InvalidRequestException(
                    "Say why the case moves from " + current.status() + " to " + status, Map.of("reason", "required"));
        }
        if (why.length() > 2000)
            throw new InvalidRequestException("The reason is too long", Map.of("reason", "at most 2000"));
        Instant now = clock.instant();
        Map<String, @Nullable Object> columns = new LinkedHashMap<>();
        columns.put("status", status.name());
        columns.put("status_changed_at", java.sql.Timestamp.from(now));
        if (!cases.update(id, current.version(), columns)) throw stale();
        UUID changeId = UUID.randomUUID();
        cases.recordStatusChange(
                changeId,
                id,
                current.status(),
                status,
                why.isEmpty() ? null : seal(id, "case_status_change", "reason", changeId, why),
                who.id(),
                who.getUsername(),
                now);
        record(who, CaseActions.STATUS, id);
        return find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeamMember> team(TirekUser who, CaseId id) {
        find(id);
        view(who, id);
        return cases.team(id);
    }

    @Override
    public void addMember(TirekUser who, CaseId id, String username) {
        requireOverseer(who);
        find(id);
        UserSummary user = account(username);
        if (!MAY_BE_MEMBERS.contains(user.role())) {
            throw new InvalidRequestException(cannotJoin(user.role()), Map.of("username", "wrong role"));
        }
        if (!cases.addMember(id, user.id(), user.username().value(), who.id(), clock.instant())) {
            throw new InvalidRequestException("This account is already on the team", Map.of("username", "already"));
        }
        audit.record(AuditEntry.of(Actors.of(who), CaseActions.TEAM_ADD)
                .about("user", user.id())
                .inCase(id.value()));
    }

    @Override
    public void removeMember(TirekUser who, CaseId id, UUID userId) {
        requireOverseer(who);
        find(id);
        if (cases.team(id).size() <= 1) {
            throw new InvalidRequestException("A case keeps at least one team member", Map.of("userId", "last member"));
        }
        if (!cases.removeMember(id, userId)) throw new NotFoundException("Not on this team");
        tasks.unassignOpenTasks(id, userId);
        audit.record(AuditEntry.of(Actors.of(who), CaseActions.TEAM_REMOVE)
                .about("user", userId)
                .inCase(id.value()));
    }

    @Override
    public void join(TirekUser who, CaseId id) {
        requireOverseer(who);
        find(id);
        if (!cases.addMember(id, who.id(), who.getUsername(), who.id(), clock.instant())) {
            throw new InvalidRequestException("You are already on this team");
        }
        record(who, CaseActions.JOIN, id);
    }

    @Override
    public Note addNote(TirekUser who, CaseId id, String text) {
        requireMember(who, id);
        String body = requiredText(text, "text");
        UUID noteId = UUID.randomUUID();
        Instant now = clock.instant();
        notes.insert(noteId, id, seal(id, "case_note", noteColumn(1), noteId, body), who.id(), who.getUsername(), now);
        audit.record(entry(who, CaseActions.NOTE_ADD, id).about("case_note", noteId));
        return new Note(noteId, body, who.getUsername(), now, null, 1);
    }

    @Override
    public Note editNote(TirekUser who, CaseId id, UUID noteId, String text, int version) {
        requireMember(who, id);
        String body = requiredText(text, "text");
        CaseNotes.NoteRow current = notes.find(id, noteId).orElseThrow(() -> new NotFoundException("No such note"));
        if (current.version() != version) throw stale();
        Instant now = clock.instant();
        byte[] sealed = seal(id, "case_note", noteColumn(version + 1), noteId, body);
        if (!notes.replace(current, sealed, who.id(), who.getUsername(), now)) throw stale();
        audit.record(entry(who, CaseActions.NOTE_EDIT, id).about("case_note", noteId));
        return new Note(noteId, body, current.authorName(), current.createdAt(), now, version + 1);
    }

    @Override
    public List<Note> notes(TirekUser who, CaseId id) {
        requireMember(who, id);
        List<Note> list = openNotes(id);
        record(who, CaseActions.NOTES, id);
        return list;
    }

    @Override
    public List<NoteRevision> noteHistory(TirekUser who, CaseId id, UUID noteId) {
        requireMember(who, id);
        CaseNotes.NoteRow current = notes.find(id, noteId).orElseThrow(() -> new NotFoundException("No such note"));
        List<NoteRevision> history = new ArrayList<>();
        for (CaseNotes.RevisionRow r : notes.revisions(noteId)) {
            history.add(new NoteRevision(
                    r.version(),
                    open(id, "case_note", noteColumn(r.version()), noteId, r.textSealed()),
                    r.writtenBy(),
                    r.writtenAt()));
        }
        history.add(new NoteRevision(
                current.version(),
                open(id, "case_note", noteColumn(current.version()), noteId, current.textSealed()),
                current.lastWriterName(),
                current.lastWrittenAt()));
        audit.record(entry(who, CaseActions.NOTE_HISTORY, id).about("case_note", noteId));
        return history;
    }

    @Override
    public List<TimelineEntry> timeline(TirekUser who, CaseId id) {
        requireMember(who, id);
        List<TimelineEntry> entries = new ArrayList<>();
        for (CaseFiles.SealedStatusChange c : cases.history(id)) {
            String reason = c.reasonSealed() == null
                    ? null
                    : open(id, "case_status_change", "reason", c.id(), c.reasonSealed());
            String kind = c.from() == null ? "opened" : "status_" + c.to().name();
            entries.add(new TimelineEntry(c.changedAt(), kind, reason == null ? "" : reason, c.changedBy(), null));
        }
        for (Note note : openNotes(id)) {
            entries.add(new TimelineEntry(
                    note.createdAt(),
                    "note",
                    excerpt(note.text()),
                    note.author(),
                    "/cases/" + id + "#note-" + note.id()));
        }
        entries.addAll(tasks.timeline(id));
        for (TimelineSource source : timelineSources) entries.addAll(source.entries(id));
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        record(who, CaseActions.TIMELINE, id);
        return entries;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<CaseId> onTeamOf(TirekUser who) {
        return cases.casesOf(who.id());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<CaseId, String> references(java.util.Collection<CaseId> ids) {
        return ids.isEmpty() ? Map.of() : cases.references(ids);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(CaseId id) {
        return cases.find(id).isPresent();
    }

    // --- rules

    /** Whether {@code who} is on the team; refuses those who may not even see the case's structure. */
    private boolean view(TirekUser who, CaseId id) {
        if (cases.isMember(id, who.id())) return true;
        if (OVERSEERS.contains(who.role())) return false;
        throw new AccessDeniedException("Not on this case");
    }

    private void requireMember(TirekUser who, CaseId id) {
        find(id);
        if (!cases.isMember(id, who.id())) throw new AccessDeniedException("Not on this case");
    }

    private static void requireOverseer(TirekUser who) {
        if (!OVERSEERS.contains(who.role())) throw new AccessDeniedException("Only coordinators and administrators");
    }

    private CaseSummary find(CaseId id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("No such case"));
    }

    private UserSummary account(String username) {
        Username name;
        try {
            name = Username.of(username.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("No such account", Map.of("username", "unknown"));
        }
        return users.find(name)
                .orElseThrow(() -> new InvalidRequestException("No such account", Map.of("username", "unknown")));
    }

    private List<Note> openNotes(CaseId id) {
        return notes.ofCase(id).stream()
                .map(n -> new Note(
                        n.id(),
                        open(id, "case_note", noteColumn(n.version()), n.id(), n.textSealed()),
                        n.authorName(),
                        n.createdAt(),
                        n.editedAt(),
                        n.version()))
                .toList();
    }

    // --- values

    /** Role names start with a vowel or not ("an ADMIN", "a LAWYER"): name the role, not the article. */
    private static String cannotJoin(Role role) {
        return "An account with the role " + role.name() + " cannot be on a case team";
    }

    private static String codename(String codename) {
        String value = codename.strip();
        if (value.isEmpty() || value.length() > MAX_CODENAME || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException(
                    "Give the case a codename of 1 to " + MAX_CODENAME + " characters that identifies nobody",
                    Map.of("codename", "1 to " + MAX_CODENAME + " characters"));
        }
        return value;
    }

    private static @Nullable String optionalText(@Nullable String text, String field) {
        if (text == null || text.isBlank()) return null;
        if (text.length() > MAX_TEXT) {
            throw new InvalidRequestException("The text is too long", Map.of(field, "at most " + MAX_TEXT));
        }
        return text.strip();
    }

    private static String requiredText(String text, String field) {
        String value = optionalText(text, field);
        if (value == null) throw new InvalidRequestException("Write something first", Map.of(field, "required"));
        return value;
    }

    private static String excerpt(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    /** A note's text is bound to its version, so an old text cannot be put back as the current one. */
    static String noteColumn(int version) {
        return "text@v" + version;
    }

    private static ConflictException stale() {
        return new ConflictException("The case was changed by someone else meanwhile. Reload it and try again.");
    }

    // --- vault and audit

    private byte[] seal(CaseId id, String table, String column, UUID row, String text) {
        return fields.seal(KeyScope.ofCase(id.value()), FieldRef.of(table, column, row), text)
                .stored();
    }

    private String open(CaseId id, String table, String column, UUID row, byte[] sealed) {
        return fields.open(KeyScope.ofCase(id.value()), FieldRef.of(table, column, row), SealedText.fromStored(sealed));
    }

    private void record(TirekUser who, AuditAction action, CaseId id) {
        audit.record(entry(who, action, id).about("case", id.value()));
    }

    private static AuditEntry entry(TirekUser who, AuditAction action, CaseId id) {
        return AuditEntry.of(Actors.of(who), action).inCase(id.value());
    }
}

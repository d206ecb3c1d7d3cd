package org.tirek.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseStatus;
import org.tirek.cases.CaseType;
import org.tirek.cases.NewCase;
import org.tirek.cases.Priority;
import org.tirek.cases.SyntheticCase;
import org.tirek.cases.SyntheticCases;
import org.tirek.cases.TaskStatus;
import org.tirek.identity.Role;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.UserSummary;
import org.tirek.identity.Username;
import org.tirek.incidents.AgeBand;
import org.tirek.incidents.Answer;
import org.tirek.incidents.AreaCategory;
import org.tirek.incidents.CoreType;
import org.tirek.incidents.IncidentInput;
import org.tirek.incidents.PartialDate;
import org.tirek.incidents.Perpetrator;
import org.tirek.incidents.Relationship;
import org.tirek.incidents.Sex;
import org.tirek.incidents.SyntheticIncidents;
import org.tirek.incidents.TimeOfDay;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.Region;
import org.tirek.vault.Vault;

/**
 * Fills the database with synthetic cases for demonstrations and benchmarks ({@code java -jar
 * tirek.jar demo generate --cases N}). Every case is marked synthetic and its codename starts with
 * "Synthetic"; texts are made up from a few templates and name no one. Distributions follow
 * DOMAIN.md §8 loosely: about seven survivor-support cases for every three defender-protection
 * cases, survivors' regions in Kazakhstan weighted by population, defenders' cases also abroad,
 * opening dates over the last three years, older cases more often closed; each survivor-support case
 * has one incident (sometimes two) with a GBVIMS type, a partial date and a perpetrator. The same
 * seed gives the same cases (apart from their identifiers and references).
 */
@Component
public class SyntheticData {

    /** Cases per transaction. */
    static final int BATCH = 250;

    /** Told after every batch. */
    @FunctionalInterface
    public interface Progress {
        void done(int cases, int total);
    }

    /** What was generated. */
    public record Generated(int cases, Duration took) {}

    private static final Map<String, Integer> KZ_POPULATION = Map.ofEntries(
            Map.entry("KZ-10", 600),
            Map.entry("KZ-11", 790),
            Map.entry("KZ-15", 930),
            Map.entry("KZ-19", 1520),
            Map.entry("KZ-23", 690),
            Map.entry("KZ-27", 690),
            Map.entry("KZ-31", 1220),
            Map.entry("KZ-33", 700),
            Map.entry("KZ-35", 1130),
            Map.entry("KZ-39", 830),
            Map.entry("KZ-43", 830),
            Map.entry("KZ-47", 790),
            Map.entry("KZ-55", 750),
            Map.entry("KZ-59", 530),
            Map.entry("KZ-61", 2140),
            Map.entry("KZ-62", 220),
            Map.entry("KZ-63", 730),
            Map.entry("KZ-71", 1420),
            Map.entry("KZ-75", 2260),
            Map.entry("KZ-79", 1250));
    private static final List<String> ABROAD = List.of("ME", "RU", "KG", "GE", "TR", "DE", "LT", "UZ");
    private static final List<String> ADJECTIVES = List.of(
            "amber", "birch", "cobalt", "dune", "ember", "frost", "granite", "hazel", "indigo", "juniper", "kestrel",
            "linen", "maple", "north", "ochre", "pine", "quartz", "river", "saffron", "tundra", "umber", "violet",
            "willow", "yarrow");
    private static final List<String> NOUNS = List.of(
            "heron", "lantern", "meadow", "harbour", "falcon", "orchard", "bridge", "compass", "steppe", "garden",
            "beacon", "canyon", "glacier", "island", "valley", "comet", "anchor", "feather", "summit", "thistle");
    private static final List<String> AGE_BANDS = List.of("18-24", "25-34", "35-44", "45-59", "60+");
    private static final List<String> SURVIVOR_SITUATIONS = List.of(
            "physical violence by a partner",
            "physical violence by a former partner",
            "psychological abuse and control of money by a partner",
            "sexual violence by an acquaintance",
            "threats from a relative after leaving the family home",
            "forced marriage arranged by relatives");
    private static final List<String> REFERRED_BY = List.of(
            "a hotline", "a hospital social worker", "a friend", "the police", "a shelter", "a school psychologist");
    private static final List<String> DEFENDER_SITUATIONS = List.of(
            "criminal case for 'spreading false information' after posts about a court case",
            "arrest warrant and request for extradition after leaving the country",
            "administrative charges for an unauthorised peaceful assembly",
            "search of the home and seizure of equipment of a journalist",
            "travel ban and frozen bank account of an activist",
            "asylum claim abroad while a criminal case is pending at home");
    private static final Map<CoreType, Integer> CORE_TYPES = ordered(Map.of(
            CoreType.PHYSICAL_ASSAULT, 34,
            CoreType.PSYCHOLOGICAL_ABUSE, 24,
            CoreType.DENIAL_OF_RESOURCES, 14,
            CoreType.SEXUAL_ASSAULT, 10,
            CoreType.RAPE, 10,
            CoreType.FORCED_MARRIAGE, 6,
            CoreType.NON_GBV, 2));
    private static final Map<Relationship, Integer> RELATIONSHIPS = ordered(Map.of(
            Relationship.INTIMATE_PARTNER, 45,
            Relationship.FORMER_PARTNER, 15,
            Relationship.FAMILY_MEMBER, 20,
            Relationship.ACQUAINTANCE, 10,
            Relationship.STRANGER, 5,
            Relationship.EMPLOYER, 3,
            Relationship.AUTHORITY_FIGURE, 2));
    private static final Map<AreaCategory, Integer> AREAS = ordered(
            Map.of(AreaCategory.URBAN, 55, AreaCategory.RURAL, 35, AreaCategory.ONLINE, 5, AreaCategory.OTHER, 5));

    /** In the enum's order, so that the same seed picks the same values on every JVM. */
    private static <E extends Enum<E>> Map<E, Integer> ordered(Map<E, Integer> weights) {
        return new java.util.TreeMap<>(weights);
    }

    private static final List<String> NOTES = List.of(
            "Synthetic note: called back at the agreed safe time; no changes.",
            "Synthetic note: accompanied to the appointment; next step agreed.",
            "Synthetic note: documents for the hearing collected and checked.",
            "Synthetic note: safety plan reviewed together.",
            "Synthetic note: asked for a copy of the decision from the court registry.");
    private static final List<String> TASKS = List.of(
            "Call back at the safe time",
            "Prepare the appeal",
            "Collect medical documents",
            "Check the hearing date with the registry",
            "Send the referral to the shelter",
            "Request the case file");

    private final SyntheticCases cases;
    private final SyntheticIncidents incidents;
    private final UserAccounts users;
    private final Vault vault;
    private final Clock clock;

    SyntheticData(SyntheticCases cases, SyntheticIncidents incidents, UserAccounts users, Vault vault, Clock clock) {
        this.cases = cases;
        this.incidents = incidents;
        this.users = users;
        this.vault = vault;
        this.clock = clock;
    }

    /**
     * Generates {@code count} cases whose teams are drawn from {@code staff} (by default every
     * coordinator, lawyer and caseworker account).
     *
     * @throws InvalidRequestException when the count is not positive, the vault is sealed or there is
     *     no account to put on the teams
     */
    public Generated generate(int count, long seed, List<Username> staff, Progress progress) {
        if (count < 1) throw new InvalidRequestException("Give a number of cases of at least 1");
        if (vault.status().sealed()) throw new InvalidRequestException("The vault is sealed: unseal it first");
        Team team = team(staff);
        SplittableRandom random = new SplittableRandom(seed);
        Instant now = clock.instant();
        long started = System.nanoTime();
        int done = 0;
        while (done < count) {
            int size = Math.min(BATCH, count - done);
            List<SyntheticCase> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) batch.add(next(random, team, now, done + i + 1));
            List<CaseId> opened = cases.openAll(batch);
            List<SyntheticIncidents.SyntheticIncident> happened = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                SyntheticCase c = batch.get(i);
                if (c.request().type() != CaseType.SURVIVOR_SUPPORT) continue;
                int n = random.nextInt(10) < 8 ? 1 : 2;
                for (int k = 0; k < n; k++) happened.add(incident(random, opened.get(i), c, team));
            }
            incidents.recordAll(happened);
            done += size;
            progress.done(done, count);
        }
        return new Generated(done, Duration.ofNanos(System.nanoTime() - started));
    }

    private Team team(List<Username> staff) {
        List<UserSummary> accounts = staff.isEmpty()
                ? users.list().stream()
                        .filter(u ->
                                u.role() == Role.CASEWORKER || u.role() == Role.LAWYER || u.role() == Role.COORDINATOR)
                        .toList()
                : staff.stream()
                        .map(u -> users.find(u)
                                .orElseThrow(() -> new InvalidRequestException("No account named " + u.value())))
                        .toList();
        List<Username> caseworkers = byRole(accounts, Role.CASEWORKER, Role.COORDINATOR);
        List<Username> lawyers = byRole(accounts, Role.LAWYER);
        if (caseworkers.isEmpty() && lawyers.isEmpty()) {
            throw new InvalidRequestException("No coordinator, lawyer or caseworker account to put on the teams");
        }
        Map<Username, java.util.UUID> ids = new java.util.HashMap<>();
        accounts.forEach(a -> ids.put(a.username(), a.id()));
        return new Team(caseworkers.isEmpty() ? lawyers : caseworkers, lawyers.isEmpty() ? caseworkers : lawyers, ids);
    }

    private static List<Username> byRole(List<UserSummary> accounts, Role... roles) {
        List<Role> wanted = List.of(roles);
        return accounts.stream()
                .filter(a -> wanted.contains(a.role()))
                .map(UserSummary::username)
                .toList();
    }

    record Team(List<Username> caseworkers, List<Username> lawyers, Map<Username, java.util.UUID> ids) {}

    SyntheticCase next(SplittableRandom random, Team team, Instant now, int number) {
        boolean survivor = random.nextInt(10) < 7;
        // recent cases are more frequent: the product of two uniform numbers leans towards zero
        long ageDays = (long) (random.nextDouble() * random.nextDouble() * 1095);
        Instant openedAt = now.minus(Duration.ofDays(ageDays)).minusSeconds(random.nextInt(86_400));
        CaseStatus status = status(random, ageDays);
        String codename = "Synthetic " + pick(random, ADJECTIVES) + " " + pick(random, NOUNS) + " "
                + String.format(java.util.Locale.ROOT, "%06d", number);
        String summary;
        Region region;
        List<Username> members = new ArrayList<>();
        if (survivor) {
            region = Region.of(weighted(random));
            summary = "Synthetic case, no real person. A client aged " + pick(random, AGE_BANDS)
                    + " asks for support after " + pick(random, SURVIVOR_SITUATIONS) + "; referred by "
                    + pick(random, REFERRED_BY) + ".";
            members.add(pick(random, team.caseworkers()));
            if (random.nextInt(4) == 0) add(members, pick(random, team.lawyers()));
        } else {
            region = random.nextInt(10) < 6 ? Region.of(weighted(random)) : Region.of(pick(random, ABROAD));
            summary = "Synthetic case, no real person. A human-rights defender faces "
                    + pick(random, DEFENDER_SITUATIONS) + ".";
            members.add(pick(random, team.lawyers()));
            if (random.nextInt(2) == 0) add(members, pick(random, team.caseworkers()));
        }
        int notes = random.nextInt(4);
        List<String> noteTexts = new ArrayList<>();
        for (int i = 0; i < notes; i++) noteTexts.add(pick(random, NOTES));
        List<SyntheticCase.Task> tasks = new ArrayList<>();
        int taskCount = random.nextInt(3);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int i = 0; i < taskCount; i++) {
            boolean open = (status == CaseStatus.OPEN || status == CaseStatus.ACTIVE) && random.nextInt(3) > 0;
            LocalDate due = today.plusDays(random.nextInt(-20, 40));
            tasks.add(new SyntheticCase.Task(
                    pick(random, TASKS),
                    pick(random, members),
                    due,
                    open ? TaskStatus.OPEN : (random.nextInt(8) == 0 ? TaskStatus.CANCELLED : TaskStatus.DONE)));
        }
        return new SyntheticCase(
                new NewCase(
                        survivor ? CaseType.SURVIVOR_SUPPORT : CaseType.DEFENDER_PROTECTION,
                        codename,
                        summary,
                        priority(random),
                        region),
                status,
                openedAt,
                members,
                noteTexts,
                tasks);
    }

    /**
     * An incident of a survivor-support case, reported on the day the case opened and recorded by its
     * first team member. GBVIMS types weighted roughly as services in Central Asia see them (physical
     * and psychological abuse most, then denial of resources, sexual violence, forced marriage), mostly
     * by a partner or family member, dated up to about a year before the report, to the day or only to
     * the month or year.
     */
    SyntheticIncidents.SyntheticIncident incident(SplittableRandom random, CaseId caseId, SyntheticCase c, Team team) {
        CoreType type = weightedPick(random, CORE_TYPES);
        LocalDate reported = LocalDate.ofInstant(c.openedAt(), ZoneOffset.UTC);
        LocalDate happened = reported.minusDays((long) (random.nextDouble() * random.nextDouble() * 400));
        int precision = random.nextInt(10);
        PartialDate occurred = precision < 7
                ? PartialDate.ofDay(happened.getYear(), happened.getMonthValue(), happened.getDayOfMonth())
                : precision < 9
                        ? PartialDate.ofMonth(happened.getYear(), happened.getMonthValue())
                        : PartialDate.ofYear(happened.getYear());
        Relationship relationship =
                type == CoreType.FORCED_MARRIAGE ? Relationship.FAMILY_MEMBER : weightedPick(random, RELATIONSHIPS);
        Perpetrator perpetrator = new Perpetrator(
                relationship,
                1,
                pick(random, List.of(AgeBand.AGE_18_25, AgeBand.AGE_26_40, AgeBand.AGE_41_60, AgeBand.AGE_61_PLUS)),
                random.nextInt(10) == 0 ? Sex.FEMALE : Sex.MALE);
        Username recorder = c.team().get(0);
        return new SyntheticIncidents.SyntheticIncident(
                caseId,
                new IncidentInput(
                        type,
                        reported,
                        occurred,
                        pick(random, List.of(TimeOfDay.values())),
                        c.request().region(),
                        weightedPick(random, AREAS),
                        Set.of(),
                        List.of(perpetrator),
                        pick(random, List.of(Answer.YES, Answer.YES, Answer.NO, Answer.UNKNOWN)),
                        random.nextInt(100) < 85,
                        null),
                java.util.Objects.requireNonNull(team.ids().get(recorder)),
                recorder.value(),
                c.openedAt());
    }

    private static <T> T weightedPick(SplittableRandom random, Map<T, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (Map.Entry<T, Integer> e : weights.entrySet()) {
            if (roll < e.getValue()) return e.getKey();
            roll -= e.getValue();
        }
        throw new IllegalStateException("weights changed while picking");
    }

    private static CaseStatus status(SplittableRandom random, long ageDays) {
        int roll = random.nextInt(100);
        if (ageDays < 30) return roll < 50 ? CaseStatus.OPEN : CaseStatus.ACTIVE;
        if (ageDays < 365) {
            if (roll < 10) return CaseStatus.OPEN;
            if (roll < 65) return CaseStatus.ACTIVE;
            if (roll < 80) return CaseStatus.DORMANT;
            return CaseStatus.CLOSED;
        }
        if (roll < 25) return CaseStatus.ACTIVE;
        if (roll < 40) return CaseStatus.DORMANT;
        return CaseStatus.CLOSED;
    }

    private static Priority priority(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 8) return Priority.URGENT;
        if (roll < 30) return Priority.HIGH;
        if (roll < 90) return Priority.NORMAL;
        return Priority.LOW;
    }

    private static String weighted(SplittableRandom random) {
        int total = KZ_POPULATION.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (String code : Region.KNOWN) {
            Integer weight = KZ_POPULATION.get(code);
            if (weight == null) continue;
            if (roll < weight) return code;
            roll -= weight;
        }
        return "KZ";
    }

    private static void add(List<Username> members, Username member) {
        if (!members.contains(member)) members.add(member);
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

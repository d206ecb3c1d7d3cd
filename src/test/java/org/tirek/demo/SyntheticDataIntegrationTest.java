package org.tirek.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tirek.cases.CaseDetails;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseQuery;
import org.tirek.cases.CaseType;
import org.tirek.cases.Cases;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.Username;
import org.tirek.platform.InvalidRequestException;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/** The synthetic-data generator: marked cases with sealed texts, teams from the given accounts, repeatable. */
@TirekTest
class SyntheticDataIntegrationTest {

    @Autowired
    SyntheticData generator;

    @Autowired
    Cases cases;

    @Autowired
    Accounts accounts;

    @Autowired
    Vault vault;

    @Autowired
    JdbcClient jdbc;

    TirekUser caseworker;
    TirekUser lawyer;

    @BeforeEach
    void staff() {
        VaultFixture.unsealed(vault);
        caseworker = accounts.user(Role.CASEWORKER);
        lawyer = accounts.user(Role.LAWYER);
    }

    @Test
    void generatesMarkedCasesInBatchesWithSealedTextsAndTeamsFromTheGivenAccounts() {
        long before = syntheticCount();
        List<int[]> progress = new ArrayList<>();
        SyntheticData.Generated generated = generator.generate(
                SyntheticData.BATCH + 50, 7, team(), (done, total) -> progress.add(new int[] {done, total}));

        assertThat(generated.cases()).isEqualTo(SyntheticData.BATCH + 50);
        assertThat(syntheticCount() - before).isEqualTo(SyntheticData.BATCH + 50);
        assertThat(progress).extracting(p -> p[0]).containsExactly(SyntheticData.BATCH, SyntheticData.BATCH + 50);

        List<UUID> mine =
                jdbc.sql("""
                        select c.id from case_file c join case_member m on m.case_id = c.id
                         where c.synthetic and m.user_id in (:ids)
                        """).param("ids", List.of(caseworker.id(), lawyer.id())).query(UUID.class).list().stream()
                        .distinct()
                        .toList();
        assertThat(mine).hasSize(SyntheticData.BATCH + 50);

        Map<String, Long> types = countBy("type", mine);
        assertThat(types.keySet()).containsExactlyInAnyOrder("SURVIVOR_SUPPORT", "DEFENDER_PROTECTION");
        assertThat(types.get("SURVIVOR_SUPPORT")).isGreaterThan(types.get("DEFENDER_PROTECTION"));
        List<String> survivorRegions = jdbc.sql(
                        "select distinct region from case_file where id in (:ids) and type = 'SURVIVOR_SUPPORT'")
                .param("ids", mine)
                .query(String.class)
                .list();
        assertThat(survivorRegions).isNotEmpty().allMatch(r -> r.startsWith("KZ-"));
        assertThat(countBy("status", mine).keySet()).contains("ACTIVE", "CLOSED");

        // sealed: the database holds no summary, note or task title in the clear
        for (String column : List.of(
                "select summary_sealed from case_file where id in (:ids)",
                "select text_sealed from case_note where case_id in (:ids)",
                "select title_sealed from case_task where case_id in (:ids)")) {
            List<byte[]> stored =
                    jdbc.sql(column).param("ids", mine).query(byte[].class).list();
            assertThat(stored).isNotEmpty();
            assertThat(stored).noneMatch(b -> new String(b, StandardCharsets.ISO_8859_1).contains("Synthetic"));
        }
        assertThat(jdbc.sql("select count(*) from case_task t where t.case_id in (:ids) and t.assignee_id not in"
                                + " (select user_id from case_member m where m.case_id = t.case_id)")
                        .param("ids", mine)
                        .query(Long.class)
                        .single())
                .isZero();

        // survivor-support cases have incidents, defender cases none; each on or before the day its case opened
        Map<String, Long> incidentTypes =
                jdbc
                        .sql("""
                        select i.core_type, count(*) from incident i join case_file c on c.id = i.case_id
                         where c.id in (:ids) group by i.core_type
                        """)
                        .param("ids", mine)
                        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                        .list()
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(incidentTypes.values().stream().mapToLong(Long::longValue).sum())
                .isBetween(types.get("SURVIVOR_SUPPORT"), 2 * types.get("SURVIVOR_SUPPORT"));
        assertThat(incidentTypes.keySet()).contains("PHYSICAL_ASSAULT", "PSYCHOLOGICAL_ABUSE");
        assertThat(incidentTypes.get("PHYSICAL_ASSAULT"))
                .isGreaterThan(incidentTypes.getOrDefault("FORCED_MARRIAGE", 0L));
        assertThat(jdbc.sql("""
                        select count(*) from incident i join case_file c on c.id = i.case_id
                         where c.id in (:ids)
                           and (c.type <> 'SURVIVOR_SUPPORT' or i.reported_on <> (c.opened_at at time zone 'UTC')::date
                                or i.occurred_from > i.reported_on or i.recorded_by not in
                                   (select user_id from case_member m where m.case_id = c.id))
                        """).param("ids", mine).query(Long.class).single()).isZero();

        // a team member reads a generated case like any other
        UUID first = jdbc.sql("select case_id from case_member where user_id = :u and case_id in (:ids) limit 1")
                .param("u", caseworker.id())
                .param("ids", mine)
                .query(UUID.class)
                .single();
        CaseDetails details = cases.details(caseworker, CaseId.of(first));
        assertThat(details.summary().synthetic()).isTrue();
        assertThat(details.summary().codename()).startsWith("Synthetic ");
        assertThat(details.summaryText()).startsWith("Synthetic case, no real person.");

        // lists can leave them out
        CaseQuery all = CaseQuery.firstPage();
        CaseQuery real = new CaseQuery(null, null, null, null, null, true, false, CaseQuery.Sort.NEWEST, 0, 50, null);
        assertThat(cases.list(caseworker, all).total()).isGreaterThan(0);
        assertThat(cases.list(caseworker, real).total()).isZero();
    }

    @Test
    void theSameSeedGivesTheSameCases() {
        List<Username> otherTeam = List.of(
                Username.of(accounts.user(Role.CASEWORKER).getUsername()),
                Username.of(accounts.user(Role.LAWYER).getUsername()));
        generator.generate(30, 42, team(), (d, t) -> {});
        generator.generate(30, 42, otherTeam, (d, t) -> {});
        List<String> first = casesOf(team());
        List<String> second = casesOf(otherTeam);
        assertThat(first).hasSize(30);
        assertThat(first).isEqualTo(second);
    }

    @Test
    void refusesBadRequestsBeforeWritingAnything() {
        long before = syntheticCount();
        assertThatThrownBy(() -> generator.generate(0, 1, team(), (d, t) -> {}))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("Give a number of cases of at least 1");
        assertThatThrownBy(() -> generator.generate(5, 1, List.of(Username.of("nobody-like-this")), (d, t) -> {}))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("No account named nobody-like-this");
        TirekUser analyst = accounts.user(Role.ANALYST);
        assertThatThrownBy(() -> generator.generate(5, 1, List.of(Username.of(analyst.getUsername())), (d, t) -> {}))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("No coordinator, lawyer or caseworker account to put on the teams");
        vault.seal();
        try {
            assertThatThrownBy(() -> generator.generate(5, 1, team(), (d, t) -> {}))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessage("The vault is sealed: unseal it first");
        } finally {
            VaultFixture.unsealed(vault);
        }
        assertThat(syntheticCount()).isEqualTo(before);
        assertThat(CaseType.values()).hasSize(2);
    }

    private List<Username> team() {
        return List.of(Username.of(caseworker.getUsername()), Username.of(lawyer.getUsername()));
    }

    private long syntheticCount() {
        return jdbc.sql("select count(*) from case_file where synthetic")
                .query(Long.class)
                .single();
    }

    private Map<String, Long> countBy(String column, List<UUID> ids) {
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select " + column + " as v, count(*) as n from case_file where id in (:ids) group by " + column)
                .param("ids", ids)
                .query((rs, n) -> counts.put(rs.getString("v"), rs.getLong("n")))
                .list();
        return counts;
    }

    /** What the generator chose for the cases of these teams (not identifiers or references), in order. */
    private List<String> casesOf(List<Username> team) {
        return jdbc.sql("""
                        select distinct c.codename || ' ' || c.type || ' ' || c.status || ' ' || c.priority || ' '
                                        || c.region as chosen
                          from case_file c join case_member m on m.case_id = c.id
                          join app_user u on u.id = m.user_id
                         where c.synthetic and u.username in (:names)
                         order by chosen
                        """)
                .param("names", team.stream().map(Username::value).toList())
                .query(String.class)
                .list();
    }
}

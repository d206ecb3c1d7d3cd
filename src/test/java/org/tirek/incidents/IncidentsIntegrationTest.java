package org.tirek.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tirek.cases.CaseId;
import org.tirek.cases.Cases;
import org.tirek.cases.TimelineEntry;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ConflictException;
import org.tirek.platform.NotFoundException;
import org.tirek.platform.Region;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.CaseErasures;
import org.tirek.vault.Vault;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Incidents end to end on the shared context: the team alone reads and writes them, bad input is
 * refused with the fields named and nothing saved, the narrative never reaches the database files in
 * clear, a stale change is refused, and incidents appear on the case's timeline.
 */
@TirekTest
class IncidentsIntegrationTest {

    @Autowired
    Incidents incidents;

    @Autowired
    Cases cases;

    @Autowired
    CaseErasures erasures;

    @Autowired
    Accounts accounts;

    @Autowired
    CaseFixtures caseFixtures;

    @Autowired
    Vault vault;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    TirekUser caseworker;
    CaseId caseId;

    @BeforeEach
    void aCaseWithATeam() {
        VaultFixture.unsealed(vault);
        caseworker = accounts.user(Role.CASEWORKER);
        caseId = CaseId.of(caseFixtures.open(caseworker));
    }

    @Test
    void recordsAnIncidentWithAPartialDateAndDerivesTheDelay() {
        Incident recorded = incidents.record(caseworker, caseId, input("2025-11", LocalDate.parse("2026-02-20"), null));
        assertThat(recorded.version()).isZero();
        assertThat(recorded.hasNarrative()).isFalse();
        assertThat(recorded.reportingDelay()).isEqualTo(new ReportingDelay(ReportingDelay.Band.OVER_1_MONTH, null));

        Incident read = incidents.get(caseworker, recorded.id());
        assertThat(read.occurredOn()).isEqualTo(PartialDate.ofMonth(2025, 11));
        assertThat(read.type()).isEqualTo(CoreType.PHYSICAL_ASSAULT);
        assertThat(read.contexts())
                .containsExactly(CaseContext.DOMESTIC_VIOLENCE, CaseContext.INTIMATE_PARTNER_VIOLENCE);
        assertThat(read.perpetrators())
                .containsExactly(
                        new Perpetrator(Relationship.INTIMATE_PARTNER, 1, AgeBand.AGE_26_40, Sex.MALE),
                        new Perpetrator(Relationship.FAMILY_MEMBER, 2, AgeBand.UNKNOWN, Sex.MIXED));
        assertThat(read.region()).isEqualTo(Region.of("KZ-75"));
        assertThat(read.recordedBy()).isEqualTo(caseworker.getUsername());
        assertThat(incidents.ofCase(caseworker, caseId))
                .extracting(Incident::id)
                .containsExactly(recorded.id());

        // statistics-ready: the structure is in clear, in columns SQL can aggregate
        var row = jdbc.sql("select core_type, occurred_from, occurred_precision, region, reporting_delay,"
                        + " narrative_sealed is null as no_narrative from incident where id = :id")
                .param("id", recorded.id().value())
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("core_type", "PHYSICAL_ASSAULT")
                .containsEntry("occurred_precision", "MONTH")
                .containsEntry("region", "KZ-75")
                .containsEntry("reporting_delay", "OVER_1_MONTH")
                .containsEntry("no_narrative", true);
        assertThat(actions(recorded.id())).containsExactly("incidents.record", "incidents.view");
    }

    @Test
    void onlyTheTeamReadsAndWritesIncidents() {
        Incident recorded = incidents.record(caseworker, caseId, input("2026", today(), null));
        TirekUser otherLawyer = accounts.user(Role.LAWYER);
        TirekUser coordinator = accounts.user(Role.COORDINATOR);
        for (TirekUser outsider : List.of(otherLawyer, coordinator)) {
            assertThatThrownBy(() -> incidents.get(outsider, recorded.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> incidents.ofCase(outsider, caseId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> incidents.record(outsider, caseId, input("2026", today(), null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> incidents.change(outsider, recorded.id(), 0, input("2025", today(), null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> incidents.ofCase(caseworker, CaseId.of(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> incidents.get(caseworker, IncidentId.generate()))
                .isInstanceOf(NotFoundException.class);

        cases.join(coordinator, caseId); // on record; from now on the coordinator is on the team
        assertThat(incidents.get(coordinator, recorded.id()).id()).isEqualTo(recorded.id());
        assertThat(incidents.ofCase(caseworker, caseId)).hasSize(1);
    }

    @Test
    void theApiRefusesBadInputNamingTheFieldAndSavesNothing() throws Exception {
        long before = count();
        String good = "\"reportedOn\":\"2026-02-20\",\"reportedBySurvivor\":true";
        refused("{\"type\":\"BURGLARY\"," + good + "}", "type");
        refused("{" + good + "}", "type");
        refused("{\"type\":\"RAPE\",\"occurredOn\":\"2023-02-29\"," + good + "}", "occurredOn");
        refused("{\"type\":\"RAPE\",\"occurredOn\":\"spring 2023\"," + good + "}", "occurredOn");
        refused("{\"type\":\"RAPE\",\"occurredOn\":\"2026-03\"," + good + "}", "occurredOn");
        refused("{\"type\":\"RAPE\",\"reportedOn\":\"2099-01-01\",\"reportedBySurvivor\":true}", "reportedOn");
        refused("{\"type\":\"RAPE\",\"reportedOn\":\"20.02.2026\",\"reportedBySurvivor\":true}", "reportedOn");
        refused("{\"type\":\"RAPE\",\"reportedOn\":\"2026-02-20\"}", "reportedBySurvivor");
        refused("{\"type\":\"RAPE\",\"timeOfDay\":\"DUSK\"," + good + "}", "timeOfDay");
        refused("{\"type\":\"RAPE\",\"region\":\"Almaty, Abay st. 5\"," + good + "}", "region");
        refused("{\"type\":\"RAPE\",\"contexts\":[\"WAR\"]," + good + "}", "contexts");
        refused(
                "{\"type\":\"RAPE\",\"perpetrators\":[{\"relationship\":\"SPOUSE\"}]," + good + "}",
                "perpetrators[0].relationship");
        refused(
                "{\"type\":\"RAPE\",\"perpetrators\":[{\"relationship\":\"STRANGER\"},"
                        + "{\"relationship\":\"STRANGER\",\"count\":0}]," + good + "}",
                "perpetrators[1].count");
        refused(
                "{\"type\":\"RAPE\",\"perpetrators\":[{\"relationship\":\"STRANGER\",\"count\":1,\"sex\":\"MIXED\"}],"
                        + good + "}",
                "perpetrators[0].sex");
        refused("{\"type\":\"RAPE\",\"answers\":{\"penetration\":true}," + good + "}", "type");
        refused(
                "{\"answers\":{\"penetration\":false,\"physicalAssault\":true}," + good + "}",
                "answers.unwantedSexualContact");
        refused("{\"answers\":{\"touching\":true}," + good + "}", "answers");
        refused("{\"type\":\"RAPE\",\"narrative\":\"" + "x".repeat(20_001) + "\"," + good + "}", "narrative");
        // several fields at once, all named
        mvc.perform(api(
                        post("/api/v1/cases/{c}/incidents", caseId.value()),
                        "{\"type\":\"X\",\"occurredOn\":\"2023-13\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("type")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("occurredOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("reportedOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("reportedBySurvivor")));
        mvc.perform(api(post("/api/v1/cases/{c}/incidents", caseId.value()), "{\"type\":"))
                .andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theApiClassifiesByTheAnswersAndRecordsWithThem() throws Exception {
        mvc.perform(api(post("/api/v1/incidents/classify"), "{\"penetration\":true,\"physicalAssault\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("RAPE"))
                .andExpect(jsonPath("$.decidedBy").value("penetration"));
        mvc.perform(api(
                        post("/api/v1/incidents/classify"),
                        "{\"penetration\":false,\"unwantedSexualContact\":false,\"physicalAssault\":false,"
                                + "\"forcedMarriage\":false,\"denialOfResources\":false,\"psychologicalAbuse\":false}"))
                .andExpect(jsonPath("$.type").value("NON_GBV"))
                .andExpect(jsonPath("$.decidedBy").doesNotExist());
        mvc.perform(api(post("/api/v1/incidents/classify"), "{\"penetration\":false,\"forcedMarriage\":true}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("unwantedSexualContact"));
        long before = count();
        mvc.perform(api(post("/api/v1/incidents/classify"), "{\"penetration\":true}"))
                .andExpect(status().isOk());
        assertThat(count()).as("classifying stores nothing").isEqualTo(before);

        String created = mvc.perform(api(post("/api/v1/cases/{c}/incidents", caseId.value()), """
                        {"answers":{"penetration":false,"unwantedSexualContact":false,"physicalAssault":false,
                                    "forcedMarriage":false,"denialOfResources":true},
                         "reportedOn":"2026-02-20","occurredOn":"2026-02-14","reportedBySurvivor":false,
                         "contexts":["intimate_partner_violence"],"region":"kz-75","area":"URBAN",
                         "perpetrators":[{"relationship":"FORMER_PARTNER","count":1,"ageBand":"AGE_41_60","sex":"MALE"}]}
                        """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("DENIAL_OF_RESOURCES"))
                .andExpect(jsonPath("$.occurredOn").value("2026-02-14"))
                .andExpect(jsonPath("$.region").value("KZ-75"))
                .andExpect(jsonPath("$.reportingDelay.band").value("DAYS_6_14"))
                .andExpect(jsonPath("$.reportingDelay.days").value(6))
                .andExpect(jsonPath("$.caseId").value(caseId.toString()))
                .andExpect(jsonPath("$.contexts[0]").value("INTIMATE_PARTNER_VIOLENCE"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode json = JsonMapper.shared().readTree(created);
        mvc.perform(get("/api/v1/incidents/{id}", json.path("id").asString()).with(user(caseworker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.perpetrators[0].relationship").value("FORMER_PARTNER"))
                .andExpect(jsonPath("$.reportedBySurvivor").value(false));
    }

    @Test
    void theNarrativeIsSealedAndNeverReachesTheDatabaseFilesInClear() throws Exception {
        String marker = "NARRATIVE-MARKER-" + UUID.randomUUID();
        String created = mvc.perform(api(
                        post("/api/v1/cases/{c}/incidents", caseId.value()),
                        "{\"type\":\"PSYCHOLOGICAL_ABUSE\",\"reportedOn\":\"2026-02-20\",\"reportedBySurvivor\":true,"
                                + "\"narrative\":\"He threatened her; " + marker + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hasNarrative").value(true))
                .andExpect(jsonPath("$.narrative").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonMapper.shared().readTree(created).path("id").asString();
        mvc.perform(get("/api/v1/cases/{c}/incidents", caseId.value()).with(user(caseworker)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(marker))));
        mvc.perform(get("/api/v1/incidents/{id}", id).with(user(caseworker)))
                .andExpect(jsonPath("$.narrative").value("He threatened her; " + marker));
        mvc.perform(get("/incidents/{id}", id).with(user(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(marker)));

        jdbc.sql("checkpoint").update();
        Path dataDir =
                Path.of(jdbc.sql("show data_directory").query(String.class).single());
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(indexOf(Files.readAllBytes(file), needle))
                        .as("marker in %s", file)
                        .isEqualTo(-1);
            }
        }
    }

    @Test
    void aStaleChangeIsRefusedAndLosesNothing() throws Exception {
        Incident recorded =
                incidents.record(caseworker, caseId, input("2026-01", LocalDate.parse("2026-02-20"), "first words"));
        Incident changed = incidents.change(
                caseworker, recorded.id(), 0, input("2026-01-10", LocalDate.parse("2026-02-20"), "second"));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.reportingDelay()).isEqualTo(new ReportingDelay(ReportingDelay.Band.OVER_1_MONTH, 41));
        assertThatThrownBy(() -> incidents.change(
                        caseworker, recorded.id(), 0, input("2025", LocalDate.parse("2026-02-20"), "stale")))
                .isInstanceOf(ConflictException.class);
        mvc.perform(api(
                        put("/api/v1/incidents/{id}", recorded.id().value()),
                        "{\"version\":0,\"type\":\"RAPE\",\"reportedOn\":\"2026-02-20\",\"reportedBySurvivor\":true}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("changed by someone else")));
        mvc.perform(api(
                        put("/api/v1/incidents/{id}", recorded.id().value()),
                        "{\"type\":\"RAPE\",\"reportedOn\":\"2026-02-20\",\"reportedBySurvivor\":true}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        Incident kept = incidents.get(caseworker, recorded.id());
        assertThat(kept.narrative()).isEqualTo("second");
        assertThat(kept.occurredOn()).isEqualTo(PartialDate.ofDay(2026, 1, 10));
        assertThat(kept.version()).isEqualTo(1);

        // a narrative left out of a change is removed; an earlier narrative put back does not open
        mvc.perform(api(
                        put("/api/v1/incidents/{id}", recorded.id().value()),
                        "{\"version\":1,\"type\":\"RAPE\",\"reportedOn\":\"2026-02-20\",\"reportedBySurvivor\":true,"
                                + "\"narrative\":\"third\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.type").value("RAPE"));
        jdbc.sql("update incident set narrative_sealed = :old where id = :id")
                .param("old", sealedNarrativeOf(recorded.id(), "second"))
                .param("id", recorded.id().value())
                .update();
        assertThatThrownBy(() -> incidents.get(caseworker, recorded.id()))
                .isInstanceOf(org.tirek.vault.DecryptionFailedException.class);
    }

    @Test
    void incidentsAppearOnTheCaseTimelineByTypeWithoutTheNarrative() {
        incidents.record(caseworker, caseId, input("2026-02", LocalDate.parse("2026-02-20"), "secret words"));
        List<TimelineEntry> timeline = cases.timeline(caseworker, caseId);
        assertThat(timeline).extracting(TimelineEntry::kind).containsExactly("incident", "opened");
        TimelineEntry entry = timeline.getFirst();
        assertThat(entry.text()).isEqualTo("PHYSICAL_ASSAULT");
        assertThat(entry.textKey()).isEqualTo("incidents.type.PHYSICAL_ASSAULT");
        assertThat(entry.link()).startsWith("/incidents/");
        assertThat(timeline).extracting(TimelineEntry::text).noneMatch(t -> t.contains("secret"));
    }

    @Test
    void anErasureDropsTheNarrativesAndKeepsTheStructureOnlyWhenAsked() {
        TirekUser coordinator = accounts.user(Role.COORDINATOR);
        Incident kept = incidents.record(caseworker, caseId, input("2025", LocalDate.parse("2026-02-20"), "words"));
        erasures.approve(
                coordinator,
                erasures.request(caseworker, caseId.value(), "consent withdrawn", true)
                        .id());
        assertThat(jdbc.sql("select core_type, narrative_sealed is null as gone from incident where id = :id")
                        .param("id", kept.id().value())
                        .query()
                        .singleRow())
                .containsEntry("core_type", "PHYSICAL_ASSAULT")
                .containsEntry("gone", true);
        assertThatThrownBy(() -> incidents.record(caseworker, caseId, input("2025", today(), null)))
                .isInstanceOf(org.tirek.vault.DecryptionFailedException.class);

        CaseId other = CaseId.of(caseFixtures.open(caseworker));
        Incident dropped = incidents.record(caseworker, other, input("2025", LocalDate.parse("2026-02-20"), null));
        erasures.approve(
                coordinator,
                erasures.request(caseworker, other.value(), "opened by mistake", false)
                        .id());
        assertThat(jdbc.sql("select count(*) from incident where id = :id")
                        .param("id", dropped.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(actions(dropped.id())).contains("incidents.erased");
    }

    @Test
    void theClassifierPagesWorkWithoutScriptOneQuestionAtATime() throws Exception {
        String step2 = mvc.perform(post("/cases/{c}/incidents/new", caseId.value())
                        .with(user(caseworker))
                        .with(csrf())
                        .param("current", "PENETRATION")
                        .param("answer.PENETRATION", "NO"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(step2)
                .contains("name=\"current\" value=\"UNWANTED_SEXUAL_CONTACT\"")
                .contains("name=\"answer.PENETRATION\" value=\"NO\"");
        String again = mvc.perform(post("/cases/{c}/incidents/new", caseId.value())
                        .with(user(caseworker))
                        .with(csrf())
                        .param("current", "UNWANTED_SEXUAL_CONTACT")
                        .param("answer.PENETRATION", "NO"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("id=\"question-error\"").contains("autofocus");
        String form = mvc.perform(post("/cases/{c}/incidents/new", caseId.value())
                        .with(user(caseworker))
                        .with(csrf())
                        .param("current", "PHYSICAL_ASSAULT")
                        .param("answer.PENETRATION", "NO")
                        .param("answer.UNWANTED_SEXUAL_CONTACT", "NO")
                        .param("answer.PHYSICAL_ASSAULT", "YES"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form)
                .contains("data-testid=\"type\">Physical assault<")
                .contains("name=\"type\" value=\"PHYSICAL_ASSAULT\"")
                .doesNotContain("<textarea id=\"narrative\"");
        String back = mvc.perform(post("/cases/{c}/incidents/new", caseId.value())
                        .with(user(caseworker))
                        .with(csrf())
                        .param("action", "back")
                        .param("current", "PHYSICAL_ASSAULT")
                        .param("answer.PENETRATION", "NO")
                        .param("answer.UNWANTED_SEXUAL_CONTACT", "NO"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(back)
                .contains("name=\"current\" value=\"UNWANTED_SEXUAL_CONTACT\"")
                .containsPattern("id=\"answer-no\"[^>]*value=\"NO\"\\s+checked");
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTypedAndSavesNothing() throws Exception {
        long before = count();
        String page = mvc.perform(post("/cases/{c}/incidents", caseId.value())
                        .with(user(caseworker))
                        .with(csrf())
                        .param("type", "RAPE")
                        .param("reportedOn", today().toString())
                        .param("occurredYear", "2023")
                        .param("occurredMonth", "2")
                        .param("occurredDay", "29")
                        .param("perpetratorRows", "2")
                        .param("p0.relationship", "STRANGER")
                        .param("p0.count", "many")
                        .param("p1.relationship", "")
                        .param("narrativeShown", "true")
                        .param("narrative", "kept words"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("data-testid=\"refused\"")
                .contains("id=\"occurredOn-error\"")
                .contains("id=\"p0-count-error\"")
                .contains("id=\"reportedBySurvivor-error\"")
                .contains("value=\"many\"")
                .contains(">kept words</textarea>")
                .containsPattern("id=\"occurredYear\"[^>]*autofocus");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theIncidentPageSavesAChangeAndRefusesAStaleOneKeepingWhatWasTyped() throws Exception {
        Incident recorded =
                incidents.record(caseworker, caseId, input("2026-01", LocalDate.parse("2026-02-20"), "words"));
        mvc.perform(post("/incidents/{id}", recorded.id().value())
                        .with(user(caseworker))
                        .with(csrf())
                        .param("version", "0")
                        .param("type", "SEXUAL_ASSAULT")
                        .param("reportedOn", "2026-02-20")
                        .param("occurredYear", "2026")
                        .param("occurredMonth", "1")
                        .param("reportedBySurvivor", "false")
                        .param("perpetratorRows", "1")
                        .param("p0.relationship", "ACQUAINTANCE")
                        .param("narrativeShown", "true")
                        .param("narrative", "changed words"))
                .andExpect(status().is3xxRedirection());
        Incident changed = incidents.get(caseworker, recorded.id());
        assertThat(changed.type()).isEqualTo(CoreType.SEXUAL_ASSAULT);
        assertThat(changed.perpetrators())
                .containsExactly(new Perpetrator(Relationship.ACQUAINTANCE, null, AgeBand.UNKNOWN, Sex.UNKNOWN));
        assertThat(changed.narrative()).isEqualTo("changed words");
        assertThat(changed.contexts()).isEmpty();

        String page = mvc.perform(post("/incidents/{id}", recorded.id().value())
                        .with(user(caseworker))
                        .with(csrf())
                        .param("version", "0")
                        .param("type", "RAPE")
                        .param("reportedOn", "2026-02-20")
                        .param("reportedBySurvivor", "true")
                        .param("narrativeShown", "true")
                        .param("narrative", "a stale text"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("data-testid=\"conflict\"").contains(">a stale text</textarea>");
        assertThat(incidents.get(caseworker, recorded.id()).narrative()).isEqualTo("changed words");
    }

    @Test
    void theOpenApiDescriptionListsTheIncidentEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(caseworker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{caseId}/incidents'].post.description")
                        .value(containsString("reportedBySurvivor")))
                .andExpect(jsonPath("$.paths['/api/v1/incidents/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/incidents/classify'].post.summary")
                        .value(containsString("classifier")));
    }

    // --- helpers

    private IncidentInput input(String occurred, LocalDate reported, String narrative) {
        return new IncidentInput(
                CoreType.PHYSICAL_ASSAULT,
                reported,
                PartialDate.parse(occurred),
                TimeOfDay.EVENING,
                Region.of("KZ-75"),
                AreaCategory.URBAN,
                Set.copyOf(EnumSet.of(CaseContext.INTIMATE_PARTNER_VIOLENCE, CaseContext.DOMESTIC_VIOLENCE)),
                List.of(
                        new Perpetrator(Relationship.INTIMATE_PARTNER, 1, AgeBand.AGE_26_40, Sex.MALE),
                        new Perpetrator(Relationship.FAMILY_MEMBER, 2, AgeBand.UNKNOWN, Sex.MIXED)),
                Answer.YES,
                true,
                narrative);
    }

    private void refused(String body, String field) throws Exception {
        mvc.perform(api(post("/api/v1/cases/{c}/incidents", caseId.value()), body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String body) {
        return request.with(user(caseworker))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private long count() {
        return jdbc.sql("select count(*) from incident").query(Long.class).single();
    }

    private List<String> actions(IncidentId id) {
        return jdbc.sql("select action from audit_event where subject_type = 'incident' and subject_id = :id"
                        + " order by id")
                .param("id", id.toString())
                .query(String.class)
                .list();
    }

    /** What the narrative {@code text} sealed for the incident's first version looks like (sealed again). */
    @Autowired
    org.tirek.vault.FieldEncryption fields;

    private byte[] sealedNarrativeOf(IncidentId id, String text) {
        return fields.seal(
                        org.tirek.vault.KeyScope.ofCase(caseId.value()),
                        org.tirek.vault.FieldRef.of("incident", "narrative@v1", id.value()),
                        text)
                .stored();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}

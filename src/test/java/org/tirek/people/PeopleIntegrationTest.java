package org.tirek.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.UnreadableDataException;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.CaseErasures;
import org.tirek.vault.Vault;

/** People and parties end to end on the shared context: who may know whom, hidden names, duplicates, refusals, erasure. */
@TirekTest
class PeopleIntegrationTest {

    @Autowired
    People people;

    @Autowired
    Parties parties;

    @Autowired
    Accounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    Vault vault;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    TirekUser lawyer;
    UUID caseId;

    @BeforeEach
    void aCaseOfALawyer() {
        VaultFixture.unsealed(vault);
        lawyer = accounts.user(Role.LAWYER);
        caseId = cases.open(lawyer);
    }

    @Test
    void onlyThoseOnOneOfThePersonsCasesMayKnowThem() throws Exception {
        PersonId witness = PeopleFixture.add(
                parties,
                lawyer,
                caseId,
                PeopleFixture.person(PersonKind.WITNESS, "Marat Witnessov"),
                PartyRole.WITNESS);
        TirekUser outsider = accounts.user(Role.LAWYER);

        assertThatThrownBy(() -> parties.list(outsider, caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> parties.reveal(outsider, caseId, witness)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.details(outsider, witness)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.changeIdentity(outsider, witness, 0, Identity.named("Someone Else")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> parties.add(outsider, caseId, witness, PartyRole.CONTACT))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/api/v1/people/{id}", witness.value()).with(user(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/{c}/parties", caseId).with(user(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cases/{c}/parties", caseId).with(user(outsider))).andExpect(status().isForbidden());
        mvc.perform(get("/people/{id}", witness.value()).with(user(outsider))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> people.details(accounts.user(Role.ANALYST), witness))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(people.mayKnow(outsider, witness)).isFalse();

        cases.addToTeam(caseId, outsider);
        assertThat(people.details(outsider, witness).identity().legalName()).isEqualTo("Marat Witnessov");
        assertThat(people.details(outsider, witness).cases())
                .extracting(PersonCase::caseId)
                .containsExactly(caseId);
    }

    @Test
    void aPersonOfNoCaseIsKnownOnlyToTheirCreatorUntilAddedToACase() {
        PersonId id = ((PersonCreation.Created)
                        people.create(lawyer, PeopleFixture.person(PersonKind.CONTACT, "Contact Person"), true))
                .person()
                .id();
        TirekUser colleague = accounts.user(Role.CASEWORKER);
        assertThat(people.details(lawyer, id).identity().legalName()).isEqualTo("Contact Person");
        assertThatThrownBy(() -> people.details(colleague, id)).isInstanceOf(AccessDeniedException.class);

        UUID colleaguesCase = cases.open(colleague);
        parties.add(colleague, colleaguesCase, id, PartyRole.CONTACT);
        assertThat(people.details(colleague, id).identity().legalName()).isEqualTo("Contact Person");
        assertThatThrownBy(() -> people.details(lawyer, id))
                .as("the creator is not on the case the person now belongs to")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void survivorsAreHiddenUntilRevealedAndEachRevealIsOneRecordedRead() throws Exception {
        PersonId survivor = PeopleFixture.add(
                parties,
                lawyer,
                caseId,
                PeopleFixture.person(PersonKind.SURVIVOR, "Айгерим Скрытая"),
                PartyRole.SURVIVOR);
        PersonId perpetrator = PeopleFixture.add(
                parties,
                lawyer,
                caseId,
                PeopleFixture.person(PersonKind.PERPETRATOR, "Bolat Perpetratorov"),
                PartyRole.PERPETRATOR);
        PersonId survivorAsWitness = PeopleFixture.add(
                parties,
                lawyer,
                caseId,
                PeopleFixture.person(PersonKind.SURVIVOR, "Survivor As Witness"),
                PartyRole.WITNESS);
        PersonId clientAndWitness = PeopleFixture.add(
                parties,
                lawyer,
                caseId,
                PeopleFixture.person(PersonKind.OTHER, "Client And Witness"),
                PartyRole.WITNESS);
        parties.add(lawyer, caseId, clientAndWitness, PartyRole.CLIENT);

        MvcResult listed = mvc.perform(get("/api/v1/cases/{c}/parties", caseId).with(user(lawyer)))
                .andExpect(status().isOk())
                .andReturn();
        String body = listed.getResponse().getContentAsString();
        assertThat(body).contains("Bolat Perpetratorov").doesNotContain("Айгерим", "Survivor As Witness", "Client And");
        PartyList list = parties.list(lawyer, caseId);
        assertThat(list.parties())
                .extracting(p -> p.person().id(), Party::visibility)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(survivor, Party.Visibility.HIDDEN),
                        org.assertj.core.groups.Tuple.tuple(perpetrator, Party.Visibility.SHOWN),
                        org.assertj.core.groups.Tuple.tuple(survivorAsWitness, Party.Visibility.HIDDEN),
                        org.assertj.core.groups.Tuple.tuple(clientAndWitness, Party.Visibility.HIDDEN),
                        org.assertj.core.groups.Tuple.tuple(clientAndWitness, Party.Visibility.HIDDEN));
        assertThat(entries(listed))
                .containsExactly(Map.of("action", "people.parties", "kind", "READ", "subject", "case:" + caseId));

        MvcResult revealed = mvc.perform(post("/api/v1/cases/{c}/parties/{p}/reveal", caseId, survivor.value())
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Айгерим Скрытая"))
                .andReturn();
        assertThat(entries(revealed))
                .as("one read naming the person, in the case")
                .containsExactly(Map.of("action", "people.reveal", "kind", "READ", "subject", "person:" + survivor));
        assertThat(jdbc.sql("select count(*) from audit_event where request_id = :r and case_id = :c")
                        .param("r", revealed.getResponse().getHeader("X-Request-Id"))
                        .param("c", caseId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(post("/cases/{c}/parties/{p}/reveal", caseId, survivor.value())
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Айгерим Скрытая")));
        assertThatThrownBy(() -> parties.reveal(lawyer, caseId, PersonId.of(UUID.randomUUID())))
                .isInstanceOf(org.tirek.platform.NotFoundException.class);
    }

    @Test
    void theDuplicateWarningFindsOtherSpellingsWithoutDecryptingAnyone() throws Exception {
        PeopleFixture.Surname surname = PeopleFixture.uniqueSurname();
        PersonId first = ((PersonCreation.Created) parties.createAndAdd(
                        lawyer,
                        caseId,
                        NewPerson.of(
                                PeopleFixture.profile(PersonKind.SURVIVOR, Sex.FEMALE, 1988, "KZ"),
                                Identity.named("Айгерим " + surname.cyrillic())),
                        PartyRole.SURVIVOR,
                        false))
                .person()
                .id();
        // every stored identity of that person made unreadable: a check that decrypted would fail now
        jdbc.sql(
                        "update person_identity set identity_sealed = '\\x00', safe_contact_sealed = '\\x00' where person_id = :p")
                .param("p", first.value())
                .update();
        long before = persons();

        String latin = surname.latin().toUpperCase(java.util.Locale.ROOT) + "  Aygerim";
        PersonCreation warned = people.create(
                lawyer,
                NewPerson.of(PeopleFixture.profile(PersonKind.SURVIVOR, Sex.FEMALE, 1989, null), Identity.named(latin)),
                false);
        assertThat(warned).isInstanceOf(PersonCreation.PossibleDuplicates.class);
        assertThat(((PersonCreation.PossibleDuplicates) warned).candidates())
                .extracting(PersonSummary::id)
                .containsExactly(first);
        assertThat(persons()).as("nothing saved on a warning").isEqualTo(before);

        // an alias counts as a name too; structural contradictions rule a person out
        assertThat(people.create(
                        lawyer,
                        NewPerson.of(
                                PersonProfile.of(PersonKind.WITNESS),
                                new Identity(
                                        "Someone",
                                        List.of("aigerim " + surname.latin()),
                                        null,
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        List.of())),
                        false))
                .isInstanceOf(PersonCreation.PossibleDuplicates.class);
        for (PersonProfile contradicting : List.of(
                PeopleFixture.profile(PersonKind.SURVIVOR, Sex.MALE, 1988, "KZ"),
                PeopleFixture.profile(PersonKind.SURVIVOR, Sex.FEMALE, 1991, "KZ"),
                PeopleFixture.profile(PersonKind.SURVIVOR, Sex.FEMALE, 1988, "ME"))) {
            PersonCreation created = people.create(lawyer, NewPerson.of(contradicting, Identity.named(latin)), false);
            assertThat(created).isInstanceOf(PersonCreation.Created.class);
        }

        // through the API: 409 with client codes and structure only, then created once seen
        String json = """
                {"role":"SURVIVOR","person":{"kind":"SURVIVOR","sex":"FEMALE","birthYear":1987,"nationality":"KZ",
                 "legalName":"%s"}}""".formatted("aigerim " + surname.latin());
        long beforeApi = persons();
        mvc.perform(post("/api/v1/cases/{c}/parties", caseId)
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.candidates[0].id").value(first.toString()))
                .andExpect(jsonPath("$.candidates[0].clientCode").isString())
                .andExpect(jsonPath("$.candidates[0].profile.birthYear").value(1988))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("duplicatesSeen")));
        assertThat(persons()).isEqualTo(beforeApi);
        mvc.perform(post("/api/v1/cases/{c}/parties", caseId)
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.replace("\"KZ\",", "\"KZ\", \"duplicatesSeen\": true,")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.clientCode").value(org.hamcrest.Matchers.matchesPattern("CL-\\w{4}-\\w{4}")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'people.duplicates' and actor_id = :u")
                        .param("u", lawyer.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void badInputIsRefusedNamingTheFieldsAndSavesNothing() throws Exception {
        long before = persons();
        long keysBefore = jdbc.sql("select count(*) from vault_data_key")
                .query(Long.class)
                .single();
        expect422("/api/v1/people", "{\"kind\":\"ALIEN\",\"legalName\":\"x\"}", "kind");
        expect422("/api/v1/people", "{\"legalName\":\"no kind given\"}", "kind");
        expect422("/api/v1/people", "{\"kind\":\"WITNESS\",\"sex\":\"SOMETIMES\"}", "sex");
        expect422("/api/v1/people", "{\"kind\":\"WITNESS\",\"region\":\"Almaty, Abay street\"}", "region");
        expect422(
                "/api/v1/people",
                "{\"kind\":\"WITNESS\",\"documents\":[{\"type\":\"DIARY\",\"number\":\"1\"}]}",
                "documents");
        MvcResult many = expect422(
                "/api/v1/people",
                "{\"kind\":\"WITNESS\",\"birthYear\":1800,\"nationality\":\"XX\",\"languages\":[\"klingon\"],"
                        + "\"phones\":[\"call me maybe\"],\"birthDate\":\"1990-02-31\",\"legalName\":\"two\\nlines\"}",
                "birthYear");
        assertThat(many.getResponse().getContentAsString())
                .contains("\"nationality\"", "\"languages\"", "\"phones\"", "\"birthDate\"", "\"legalName\"")
                .as("the refusal never echoes a value")
                .doesNotContain("call me maybe", "two\\nlines");
        expect422(
                "/api/v1/cases/" + caseId + "/parties",
                "{\"role\":\"BOSS\",\"person\":{\"kind\":\"WITNESS\"}}",
                "role");
        expect422("/api/v1/cases/" + caseId + "/parties", "{\"role\":\"WITNESS\"}", "personId");
        expect422(
                "/api/v1/cases/" + caseId + "/parties",
                "{\"role\":\"WITNESS\",\"clientCode\":\"nonsense\"}",
                "clientCode");
        expect422(
                "/api/v1/cases/" + caseId + "/parties",
                "{\"role\":\"WITNESS\",\"personId\":\"" + UUID.randomUUID() + "\"}",
                "personId");
        mvc.perform(post("/api/v1/people")
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": "))
                .andExpect(status().isBadRequest());
        assertThat(persons()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from vault_data_key")
                        .query(Long.class)
                        .single())
                .as("no key made for a person never saved")
                .isEqualTo(keysBefore);

        // a stale or refused change keeps what was there
        PersonId id = PeopleFixture.add(
                parties,
                lawyer,
                caseId,
                PeopleFixture.person(PersonKind.WITNESS, "Stays As It Was"),
                PartyRole.WITNESS);
        mvc.perform(put("/api/v1/people/{id}/identity", id.value())
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":7,\"legalName\":\"A Stale Edit\"}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/people/{id}/safe-contact", id.value())
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"safePhone\":\"only after six\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("safePhone"));
        mvc.perform(put("/api/v1/people/{id}/identity", id.value())
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"legalName\":\"No Version\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(people.details(lawyer, id).identity().legalName()).isEqualTo("Stays As It Was");
        assertThat(people.details(lawyer, id).safeContact()).isEqualTo(SafeContact.NONE);
        assertThatThrownBy(() -> parties.add(lawyer, caseId, id, PartyRole.WITNESS))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("already");
    }

    @Test
    void changesAreVersionedAndTheNameIndexFollowsTheIdentity() {
        PersonId id = PeopleFixture.add(
                parties, lawyer, caseId, PeopleFixture.person(PersonKind.FAMILY, "Old Name"), PartyRole.FAMILY);
        PersonSummary renamed = people.changeIdentity(
                lawyer,
                id,
                0,
                new Identity(
                        "Гульнара Новая",
                        List.of(),
                        "1990-05",
                        List.of("+7 701 000 00 00"),
                        List.of("g@example.org"),
                        List.of("somewhere"),
                        List.of(new IdentityDocument(IdentityDocument.Type.PASSPORT, "N0000000"))));
        assertThat(renamed.version()).isEqualTo(1);
        assertThatThrownBy(() -> people.changeSafeContact(lawyer, id, 0, SafeContact.NONE))
                .isInstanceOf(ConflictException.class);
        people.changeSafeContact(
                lawyer, id, 1, new SafeContact("+7 701 111 11 11", "mornings", false, "tulip", "no SMS"));
        PersonSummary changed =
                people.changeProfile(lawyer, id, 2, PeopleFixture.profile(PersonKind.FAMILY, Sex.FEMALE, 1990, "KZ"));
        assertThat(changed.profile().birthYear()).isEqualTo(1990);
        PersonDetails details = people.details(lawyer, id);
        assertThat(details.identity().documents())
                .extracting(IdentityDocument::number)
                .containsExactly("N0000000");
        assertThat(details.safeContact().mayLeaveMessage()).isFalse();
        assertThat(details.safeContact().codeWord()).isEqualTo("tulip");

        assertThat(people.create(
                        lawyer,
                        NewPerson.of(PersonProfile.of(PersonKind.FAMILY), Identity.named("Gulnara Novaya")),
                        false))
                .as("found under the new name")
                .isInstanceOf(PersonCreation.PossibleDuplicates.class);
        PersonCreation underOldName = people.create(
                lawyer, NewPerson.of(PersonProfile.of(PersonKind.FAMILY), Identity.named("Old Name")), false);
        if (underOldName instanceof PersonCreation.PossibleDuplicates d) {
            assertThat(d.candidates()).extracting(PersonSummary::id).doesNotContain(id);
        }
    }

    @Test
    void erasingACaseErasesThePartiesWhoBelongToNoOtherLiveCase(@Autowired CaseErasures erasures) throws Exception {
        PersonId survivor = PeopleFixture.add(
                parties,
                lawyer,
                caseId,
                PeopleFixture.person(PersonKind.SURVIVOR, "Erased With The Case"),
                PartyRole.SURVIVOR);
        PersonId witness = PeopleFixture.add(
                parties,
                lawyer,
                caseId,
                PeopleFixture.person(PersonKind.WITNESS, "Kept By Another Case"),
                PartyRole.WITNESS);
        UUID otherCase = cases.open(lawyer);
        parties.add(lawyer, otherCase, witness, PartyRole.WITNESS);

        TirekUser coordinator = accounts.user(Role.COORDINATOR);
        erasures.approve(
                coordinator,
                erasures.request(lawyer, caseId, "the survivor asked", false).id());

        assertThatThrownBy(() -> people.details(lawyer, survivor))
                .isInstanceOfSatisfying(
                        UnreadableDataException.class,
                        e -> assertThat(e.destroyed()).isTrue());
        mvc.perform(get("/api/v1/people/{id}", survivor.value()).with(user(lawyer)))
                .andExpect(status().isGone());
        assertThat(count("select count(*) from person_identity where person_id = :p", survivor))
                .isZero();
        assertThat(count("select count(*) from person_name_index where person_id = :p", survivor))
                .isZero();
        assertThat(count("select count(*) from case_party where person_id = :p", survivor))
                .isZero();
        assertThat(count(
                        "select count(*) from person where id = :p and erased_at is not null and sex is null",
                        survivor))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from audit_event where action = 'people.erased' and subject_id = cast(:p as text)",
                        survivor))
                .isEqualTo(1);

        assertThat(people.details(lawyer, witness).identity().legalName()).isEqualTo("Kept By Another Case");
        assertThat(people.details(lawyer, witness).cases())
                .extracting(PersonCase::caseId)
                .containsExactly(otherCase);
    }

    private MvcResult expect422(String path, String json, String field) throws Exception {
        return mvc.perform(post(path)
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem(field)))
                .andReturn();
    }

    private List<Map<String, String>> entries(MvcResult result) {
        return jdbc.sql("""
                        select action, kind, subject_type || ':' || subject_id as subject from audit_event
                         where request_id = :r order by id
                        """)
                .param("r", result.getResponse().getHeader("X-Request-Id"))
                .query((rs, n) -> Map.of(
                        "action",
                        rs.getString("action"),
                        "kind",
                        rs.getString("kind"),
                        "subject",
                        rs.getString("subject")))
                .list();
    }

    private long persons() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    private long count(String sql, PersonId id) {
        return jdbc.sql(sql).param("p", id.value()).query(Long.class).single();
    }
}

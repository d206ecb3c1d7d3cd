package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.Username;
import org.tirek.people.Identity;
import org.tirek.people.NewPerson;
import org.tirek.people.Parties;
import org.tirek.people.PartyRole;
import org.tirek.people.PersonKind;
import org.tirek.people.PersonProfile;
import org.tirek.people.Sex;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * The people pages: a case's parties with the duplicate warning, hidden survivor names and their
 * reveal, a person's page with the safe-contact rules, organisations; in English, Russian and Kazakh,
 * on a desktop and on a phone.
 */
@TirekTest
class PeopleBrowserTest extends BrowserTest {

    @Autowired
    Vault vault;

    @Autowired
    Parties parties;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void vaultUnsealed() {
        VaultFixture.unsealed(vault);
    }

    @Test
    void aCaseworkerAddsASurvivorSeesTheDuplicateWarningRevealsHerAndSetsSafeContactRules() {
        Surname surname = surname();
        // someone else's case already has a survivor of that name, in Cyrillic
        TirekUser other = accounts.user(Role.LAWYER);
        parties.createAndAdd(
                other,
                cases.open(other),
                NewPerson.of(
                        new PersonProfile(
                                PersonKind.SURVIVOR, Sex.FEMALE, null, 1988, "KZ", null, List.of(), null, Set.of()),
                        Identity.named("Айгерим " + surname.cyrillic)),
                PartyRole.SURVIVOR,
                true);

        String caseworker = accounts.create(Role.CASEWORKER).value();
        UUID caseId = caseOf(caseworker);
        browser.signIn(caseworker, TestFixtures.PASSWORD);
        browser.open("/cases/" + caseId);
        browser.submit(By.linkText("Parties"));
        assertThat(browser.path()).isEqualTo("/cases/" + caseId + "/parties");
        assertThat(browser.text(By.cssSelector("[data-testid=no-parties]"))).isEqualTo(msg("people.parties.none", EN));
        assertThat(browser.text(By.cssSelector(".case-tabs .active"))).isEqualTo("Parties");
        browser.assertCleanConsole();
        browser.screenshot("120-parties-empty");

        // a wrong birth year is refused next to the field, which gets the focus; what was typed stays
        browser.type(
                By.id("legalName"),
                "NURLANOVA Aygerim".replace("NURLANOVA", surname.latin.toUpperCase(java.util.Locale.ROOT)));
        new Select(browser.find(By.id("sex"))).selectByValue("FEMALE");
        browser.type(By.id("birthYear"), "19x9");
        new Select(browser.find(By.id("nationality"))).selectByValue("KZ");
        browser.submit(By.cssSelector("[data-testid=new-person-form] button[type=submit]"));
        assertThat(browser.text(By.id("birthYear-error"))).isEqualTo(msg("people.error.birthYear", EN));
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("birthYear");
        assertThat(browser.find(By.id("legalName")).getAttribute("value")).contains("Aygerim");
        browser.assertCleanConsole();
        browser.screenshot("121-parties-new-person-refused");

        // the same person in Latin letters: the warning shows the existing one by client code only
        browser.type(By.id("birthYear"), "1989");
        browser.submit(By.cssSelector("[data-testid=new-person-form] button[type=submit]"));
        String warning = browser.text(By.cssSelector("[data-testid=duplicates]"));
        assertThat(warning).contains(msg("people.duplicates.title", EN)).matches("(?s).*CL-\\w{4}-\\w{4}.*");
        assertThat(warning).doesNotContain("Айгерим", surname.cyrillic);
        assertThat(browser.all(By.cssSelector("[data-testid=duplicates] li.duplicate")))
                .hasSize(1);
        browser.assertCleanConsole();
        browser.screenshot("122-parties-duplicate-warning");

        // none of these: a new person, shown by client code only
        browser.submit(By.cssSelector("[data-testid=create-anyway]"));
        assertThat(browser.path()).isEqualTo("/cases/" + caseId + "/parties?created");
        assertThat(browser.all(By.cssSelector("[data-testid=parties] tbody tr")))
                .hasSize(1);
        assertThat(browser.text(By.cssSelector("[data-testid=name-hidden]"))).isEqualTo(msg("people.name.hidden", EN));
        assertThat(browser.text(By.tagName("main"))).doesNotContain("Aygerim");
        browser.assertCleanConsole();
        browser.screenshot("123-parties-survivor-hidden");

        browser.submit(By.cssSelector("[data-testid=reveal]"));
        assertThat(browser.text(By.cssSelector("[data-testid=revealed]")))
                .contains("Aygerim", msg("people.revealed.recorded", EN));
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'people.reveal' and actor_name = :u and case_id = :c")
                        .param("u", caseworker)
                        .param("c", caseId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        browser.assertCleanConsole();
        browser.screenshot("124-parties-survivor-revealed");

        // the person's page: safe-contact rules, in Russian
        browser.submit(By.cssSelector("[data-testid=parties] a.client-code"));
        assertThat(browser.path()).matches("/people/[0-9a-f-]{36}");
        String personPath = browser.path();
        assertThat(browser.text(By.cssSelector("[data-testid=legal-name]"))).contains("Aygerim");
        assertThat(browser.text(By.cssSelector("[data-testid=person-cases]")))
                .contains(msg("people.role.SURVIVOR", EN));
        browser.screenshot("125-person");
        browser.submit(By.id("lang-ru"));
        assertThat(browser.text(By.id("safe-heading"))).isEqualTo(msg("people.safe", RU));
        click(By.cssSelector("[data-testid=safe-edit] summary"));
        browser.type(By.id("safePhone"), "only after six");
        browser.submit(By.cssSelector("[data-testid=safe-form] button[type=submit]"));
        assertThat(browser.text(By.id("safePhone-error"))).isEqualTo(msg("people.error.safePhone", RU));
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("safePhone");
        browser.screenshot("126-person-safe-contact-refused-ru");
        browser.type(By.id("safePhone"), "+7 701 555 01 02");
        browser.type(By.id("safeTimes"), "по будням 10:00-12:00");
        click(By.id("leave-no"));
        browser.type(By.id("codeWord"), "тюльпан");
        browser.submit(By.cssSelector("[data-testid=safe-form] button[type=submit]"));
        assertThat(browser.path()).isEqualTo(personPath + "?saved");
        assertThat(browser.text(By.cssSelector("[data-testid=saved]"))).isEqualTo(msg("people.person.saved", RU));
        assertThat(browser.text(By.cssSelector("[data-testid=safe-phone]"))).isEqualTo("+7 701 555 01 02");
        assertThat(browser.text(By.cssSelector("[data-testid=safe-times]"))).isEqualTo("по будням 10:00-12:00");
        assertThat(browser.text(By.cssSelector("[data-testid=may-leave-message]")))
                .isEqualTo(msg("people.leave.no", RU));
        browser.assertCleanConsole();
        browser.screenshot("127-person-safe-contact-saved-ru");

        // on a phone, in Kazakh: nothing runs off the side
        browser.resize(390, 844);
        browser.open(personPath + "?lang=kk");
        assertThat(browser.text(By.id("safe-heading"))).isEqualTo(msg("people.safe", KK));
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.screenshot("128-person-phone-kk");
        browser.open("/cases/" + caseId + "/parties");
        assertThat(browser.text(By.cssSelector("[data-testid=name-hidden]"))).isEqualTo(msg("people.name.hidden", KK));
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("129-parties-phone-kk");
    }

    @Test
    void anExistingPersonIsFoundByClientCodeAndAddedToAnotherCase() {
        String lawyer = accounts.create(Role.LAWYER).value();
        TirekUser principal = accounts.principal(Username.of(lawyer));
        UUID first = caseOf(lawyer);
        UUID second = caseOf(lawyer);
        var witness = parties.createAndAdd(
                principal,
                first,
                NewPerson.of(PersonProfile.of(PersonKind.WITNESS), Identity.named("Marat Kuanyshev")),
                PartyRole.WITNESS,
                true);
        String code = ((org.tirek.people.PersonCreation.Created) witness)
                .person()
                .clientCode()
                .value();

        browser.signIn(lawyer, TestFixtures.PASSWORD);
        browser.open("/cases/" + second + "/parties");
        browser.type(By.id("code"), "cl-0000-0000");
        browser.submit(By.cssSelector("[data-testid=find-form] button[type=submit]"));
        assertThat(browser.text(By.id("code-error"))).isEqualTo(msg("people.error.code", EN));
        browser.type(By.id("code"), code.toLowerCase(java.util.Locale.ROOT).replace("-", ""));
        browser.submit(By.cssSelector("[data-testid=find-form] button[type=submit]"));
        assertThat(browser.text(By.cssSelector("[data-testid=found]"))).contains(code, msg("people.kind.WITNESS", EN));
        browser.screenshot("130-parties-found-by-code");
        new Select(browser.find(By.id("found-role"))).selectByValue("WITNESS");
        browser.submit(By.cssSelector("[data-testid=found] button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/cases/" + second + "/parties?added");
        assertThat(browser.text(By.cssSelector("[data-testid=parties]"))).contains(code, "Marat Kuanyshev");
        browser.assertCleanConsole();
        browser.screenshot("131-parties-witness-shown");
    }

    @Test
    void caseStaffKeepTheOrganisations() {
        browser.signIn(accounts.create(Role.COORDINATOR).value(), TestFixtures.PASSWORD);
        browser.submit(By.linkText("Organisations"));
        assertThat(browser.heading()).isEqualTo(msg("people.org.title", EN));
        click(By.cssSelector("[data-testid=add-organisation] summary"));
        browser.type(By.id("org-website"), "sudovi.me");
        browser.submit(By.cssSelector("[data-testid=organisation-form] button[type=submit]"));
        assertThat(browser.text(By.id("org-name-error"))).isEqualTo(msg("people.org.error.name", EN));
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("org-name");
        browser.screenshot("132-organisations-refused");

        String name =
                "Higher Court in Podgorica " + UUID.randomUUID().toString().substring(0, 4);
        browser.type(By.id("org-name"), name);
        new Select(browser.find(By.id("org-kind"))).selectByValue("COURT");
        new Select(browser.find(By.id("org-country"))).selectByValue("ME");
        browser.type(By.id("org-website"), "https://sudovi.me");
        browser.submit(By.cssSelector("[data-testid=organisation-form] button[type=submit]"));
        assertThat(browser.text(By.cssSelector("[data-testid=organisations]"))).contains(name, "Montenegro");
        browser.assertCleanConsole();
        browser.screenshot("133-organisations-list");

        browser.submit(By.linkText(name));
        browser.submit(By.id("lang-kk"));
        assertThat(browser.find(By.id("org-name")).getAttribute("value")).isEqualTo(name);
        browser.resize(390, 844);
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("134-organisation-phone-kk");
    }

    /** Clicks something that does not load a page (a box, a summary), centred first so that nothing covers it. */
    private void click(By control) {
        var element = browser.find(control);
        browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private record Surname(String cyrillic, String latin) {}

    private static Surname surname() {
        String cyrillic = "абдклмнопрст";
        String latin = "abdklmnoprst";
        StringBuilder c = new StringBuilder();
        StringBuilder l = new StringBuilder();
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 9; i++) {
            int at = random.nextInt(cyrillic.length());
            c.append(i == 0 ? Character.toUpperCase(cyrillic.charAt(at)) : cyrillic.charAt(at));
            l.append(i == 0 ? Character.toUpperCase(latin.charAt(at)) : latin.charAt(at));
        }
        return new Surname(c.toString(), l.toString());
    }
}

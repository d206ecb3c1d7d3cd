package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.Username;
import org.tirek.people.Identity;
import org.tirek.people.NewPerson;
import org.tirek.people.OrganisationId;
import org.tirek.people.OrganisationKind;
import org.tirek.people.Organisations;
import org.tirek.people.Parties;
import org.tirek.people.PartyRole;
import org.tirek.people.PersonCreation;
import org.tirek.people.PersonKind;
import org.tirek.people.PersonProfile;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * A caseworker records a survivor's consent to be referred to a shelter (refused first without the
 * organisation, everything typed kept), is refused a referral to an organisation without consent,
 * refers to the shelter and records its acceptance, then revokes the consent: the consent shows what
 * was shared under it, a task lists the referral, and the timeline tells the story; in Russian and
 * Kazakh on a phone.
 */
@TirekTest
class ConsentBrowserTest extends BrowserTest {

    static final By RECORD = By.cssSelector("[data-testid=record-consent]");
    static final By REFER = By.cssSelector("[data-testid=make-referral]");

    @Autowired
    Vault vault;

    @Autowired
    Parties parties;

    @Autowired
    Organisations organisations;

    @Autowired
    TestFixtures.ConsentFixtures consents;

    @BeforeEach
    void vaultUnsealed() {
        VaultFixture.unsealed(vault);
    }

    @Test
    void aCaseworkerRecordsConsentRefersAndRevokes() {
        String caseworker = accounts.create(Role.CASEWORKER).value();
        TirekUser me = accounts.principal(Username.of(caseworker));
        UUID caseId = caseOf(caseworker);
        var survivor = ((PersonCreation.Created) parties.createAndAdd(
                        me,
                        caseId,
                        NewPerson.of(PersonProfile.of(PersonKind.SURVIVOR), Identity.named("Aliya")),
                        PartyRole.SURVIVOR,
                        true))
                .person();
        OrganisationId shelter = consents.organisation(me, "Safe house Almaty", OrganisationKind.SHELTER);
        OrganisationId police = consents.organisation(me, "District police", OrganisationKind.POLICE);
        String shelterName = organisations.find(shelter).orElseThrow().name();
        browser.signIn(caseworker, TestFixtures.PASSWORD);
        browser.open("/cases/" + caseId);
        browser.submit(By.linkText(msg("consent.tab", EN)));
        assertThat(browser.path()).isEqualTo("/cases/" + caseId + "/consent");
        assertThat(browser.text(By.cssSelector("[data-testid=no-consents]"))).isEqualTo(msg("consent.none", EN));
        browser.assertCleanConsole();
        browser.screenshot("400-consent-empty");

        // nothing chosen: refused next to each field, the first one focused
        browser.submit(RECORD);
        assertThat(browser.text(By.id("purpose-error"))).isEqualTo(msg("consent.error.purpose", EN));
        assertThat(browser.text(By.id("method-error"))).isEqualTo(msg("consent.error.method", EN));
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("purpose-SERVICES");
        browser.screenshot("401-consent-refused");

        // a referral without the organisation: refused, what was typed kept
        choose(By.id("purpose-REFERRAL"));
        new Select(browser.find(By.id("givenBy"))).selectByValue(survivor.id().toString());
        choose(By.id("method-WRITTEN"));
        new Select(browser.find(By.id("language"))).selectByValue("kk");
        browser.type(By.id("conditions"), "Her first name and the risk assessment only; not the photographs.");
        browser.submit(RECORD);
        assertThat(browser.text(By.id("recipientId-error"))).isEqualTo(msg("consent.error.recipientId", EN));
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("recipientId");
        assertThat(browser.find(By.id("purpose-REFERRAL")).isSelected()).isTrue();
        assertThat(browser.find(By.id("conditions")).getAttribute("value")).startsWith("Her first name");
        assertThat(new Select(browser.find(By.id("givenBy")))
                        .getFirstSelectedOption()
                        .getText())
                .startsWith(survivor.clientCode().value());
        browser.assertCleanConsole();
        browser.screenshot("402-consent-needs-organisation");

        new Select(browser.find(By.id("recipientId"))).selectByValue(shelter.toString());
        browser.submit(RECORD);
        assertThat(browser.text(By.cssSelector("[data-testid=recorded]"))).isEqualTo(msg("consent.recorded", EN));
        String card = browser.text(By.cssSelector(".consent"));
        assertThat(card)
                .contains(msg("consent.purpose.REFERRAL", EN) + " — " + shelterName)
                .contains(msg("consent.state.ACTIVE", EN), survivor.clientCode().value(), "Kazakh", "In writing")
                .contains("not the photographs");
        browser.assertCleanConsole();
        browser.screenshot("403-consent-recorded");

        // referrals: no consent for the police, so no referral there
        browser.submit(By.linkText(msg("referrals.tab", EN)));
        assertThat(browser.all(By.cssSelector("[data-testid=no-referral-consent]")))
                .isEmpty();
        new Select(browser.find(By.id("serviceType"))).selectByValue("SAFETY");
        new Select(browser.find(By.id("providerId"))).selectByValue(police.toString());
        browser.submit(REFER);
        assertThat(browser.text(By.id("consentId-error"))).isEqualTo(msg("referrals.error.consentId", EN));
        assertThat(browser.text(By.cssSelector("[data-testid=no-referrals]"))).isEqualTo(msg("referrals.none", EN));
        browser.assertCleanConsole();
        browser.screenshot("404-referral-without-consent");

        new Select(browser.find(By.id("serviceType"))).selectByValue("SHELTER");
        new Select(browser.find(By.id("providerId"))).selectByValue(shelter.toString());
        browser.submit(REFER);
        assertThat(browser.text(By.cssSelector("[data-testid=made]"))).isEqualTo(msg("referrals.recorded", EN));
        assertThat(browser.text(By.cssSelector("[data-testid=referral-status]")))
                .isEqualTo(msg("referrals.status.MADE", EN));
        browser.screenshot("405-referral-made");

        // the shelter accepts: moved on with an outcome
        choose(By.cssSelector(".referral-change summary"));
        new Select(browser.find(By.cssSelector(".referral-change select[name=status]"))).selectByValue("ACCEPTED");
        browser.type(
                By.cssSelector(".referral-change textarea[name=outcome]"), "A room for her and her son from Monday.");
        browser.screenshot("406-referral-update");
        browser.submit(By.cssSelector(".referral-change button[type=submit]"));
        assertThat(browser.text(By.cssSelector("[data-testid=changed]"))).isEqualTo(msg("referrals.changed", EN));
        assertThat(browser.text(By.cssSelector("[data-testid=referral-status]")))
                .isEqualTo(msg("referrals.status.ACCEPTED", EN));
        assertThat(browser.text(By.cssSelector("[data-testid=outcome]"))).startsWith("A room for her");
        assertThat(browser.all(By.cssSelector("[data-testid=history] li"))).hasSize(2);
        browser.assertCleanConsole();
        browser.screenshot("407-referral-accepted");

        // revoking: a reason is needed; then a task lists the referral
        browser.submit(By.linkText(msg("consent.tab", EN)));
        assertThat(browser.text(By.cssSelector("[data-testid=uses]"))).contains(msg("consent.use.REFERRAL", EN));
        choose(By.cssSelector(".consent-revoke summary"));
        browser.submit(By.cssSelector(".consent-revoke button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".consent-revoke .invalid-feedback")))
                .isEqualTo(msg("consent.error.reason", EN));
        assertThat(browser.find(By.cssSelector(".consent-revoke")).getAttribute("open"))
                .isNotNull();
        browser.screenshot("408-revoke-needs-reason");
        browser.type(By.cssSelector(".consent-revoke textarea"), "She moved to her sister and wants no contact.");
        browser.submit(By.cssSelector(".consent-revoke button[type=submit]"));
        assertThat(browser.text(By.cssSelector("[data-testid=revoked]"))).startsWith(msg("consent.revoked", EN));
        assertThat(browser.text(By.cssSelector("[data-testid=consent-state]")))
                .isEqualTo(msg("consent.state.REVOKED", EN));
        assertThat(browser.text(By.cssSelector("[data-testid=revocation]"))).contains("wants no contact");
        assertThat(browser.all(By.cssSelector(".consent-revoke"))).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("409-consent-revoked");

        browser.submit(By.linkText(msg("consent.revoked.tasks", EN)));
        assertThat(browser.text(By.cssSelector("[data-testid=tasks] .task-title")))
                .startsWith("Consent withdrawn: Referral — " + shelterName)
                .contains("referral made on");
        browser.screenshot("410-revocation-task");

        browser.submit(By.linkText("Timeline"));
        assertThat(browser.all(By.cssSelector("[data-testid=timeline] li")))
                .extracting(e -> e.getAttribute("data-kind"))
                .contains("consent_REFERRAL", "referral_MADE", "referral_ACCEPTED", "consent_revoked_REFERRAL", "task");
        assertThat(browser.text(By.cssSelector("[data-testid=timeline]")))
                .contains(msg("timeline.kind.consent_revoked_REFERRAL", EN), shelterName)
                .doesNotContain("photographs", "A room for her", "no contact");
        browser.assertCleanConsole();
        browser.screenshot("411-timeline-consent");

        // the same pages in Russian and Kazakh on a phone
        browser.resize(390, 844);
        browser.open("/cases/" + caseId + "/consent?lang=ru");
        assertThat(browser.text(By.cssSelector("[data-testid=consent-state]")))
                .isEqualTo(msg("consent.state.REVOKED", RU));
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("412-consent-phone-ru");
        browser.open("/cases/" + caseId + "/referrals?lang=kk");
        assertThat(browser.text(By.cssSelector("[data-testid=referral-status]")))
                .isEqualTo(msg("referrals.status.ACCEPTED", KK));
        assertThat(browser.text(By.cssSelector("[data-testid=no-referral-consent]")))
                .contains(msg("referrals.noConsent", KK));
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("413-referrals-phone-kk");
    }

    /**
     * Chooses a radio button or opens a {@code details} by keyboard. A full-page screenshot lays the
     * page out again at its full height, and for a moment afterwards a pointer can land where the
     * layout has just moved (seen: mousedown on the radio, mouseup on its neighbour, nothing chosen).
     */
    private void choose(By control) {
        browser.find(control).sendKeys(Keys.SPACE);
    }
}

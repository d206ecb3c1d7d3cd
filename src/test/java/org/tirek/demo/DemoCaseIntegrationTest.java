package org.tirek.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.tirek.cases.CaseDetails;
import org.tirek.cases.CaseQuery;
import org.tirek.cases.CaseSummary;
import org.tirek.cases.Cases;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.Username;
import org.tirek.proceedings.Confidence;
import org.tirek.proceedings.Deadline;
import org.tirek.proceedings.DeadlineStatus;
import org.tirek.proceedings.Deadlines;
import org.tirek.proceedings.ProceedingDetails;
import org.tirek.proceedings.ProceedingSummary;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.Proceedings;
import org.tirek.support.TirekTest;

/** A demo start (own context): the public case exists once, with its proceedings in the states the facts give. */
@TirekTest
@TestPropertySource(
        properties = {
            "tirek.demo=true",
            "tirek.vault.demo-auto-unseal=true",
            "tirek.vault.kdf.target=1ms",
            "tirek.audit.verify-on-start=false"
        })
class DemoCaseIntegrationTest {

    @Autowired
    Cases cases;

    @Autowired
    Proceedings proceedings;

    @Autowired
    Deadlines deadlines;

    @Autowired
    UserAccounts users;

    @Autowired
    DemoCase demo;

    @Autowired
    org.tirek.proceedings.alerts.SafeguardAlerts alerts;

    @Test
    void thePublicCaseIsModelledOnceFromPublicFacts() {
        TirekUser lawyer = principal("lawyer");
        demo.createOnce(); // a second start must not create it again
        List<CaseSummary> found =
                cases.list(lawyer, CaseQuery.byCodename(DemoCase.CODENAME)).cases();
        assertThat(found).hasSize(1);
        CaseDetails details = cases.details(lawyer, found.get(0).id());
        assertThat(details.team()).hasSize(3);
        assertThat(details.summaryText()).contains("Budva", "passport seized");

        Map<ProceedingType, ProceedingSummary> byType = new java.util.EnumMap<>(ProceedingType.class);
        proceedings.ofCase(lawyer, found.get(0).id()).forEach(p -> byType.putIfAbsent(p.type(), p));
        assertThat(byType.get(ProceedingType.ASYLUM).mainState()).isEqualTo("APPLICATION_LODGED");
        assertThat(byType.get(ProceedingType.ARREST_WARRANT).mainState()).isEqualTo("WARRANT_ACTIVE");
        assertThat(byType.get(ProceedingType.EXTRADITION).state())
                .containsEntry("merits", "JUDICIAL_EXAMINATION")
                .containsEntry("custody", "RELEASED_WITH_MEASURES");
        ProceedingDetails extradition = proceedings.details(
                lawyer, byType.get(ProceedingType.EXTRADITION).id());
        assertThat(extradition.measures()).extracting(m -> m.type()).containsExactly("PASSPORT_SEIZED");
        assertThat(extradition.blocks()).contains("BLOCKED_BY_PENDING_PROTECTION_CLAIM");
        assertThat(proceedings
                        .details(
                                lawyer,
                                byType.get(ProceedingType.ARREST_WARRANT).id())
                        .charges())
                .hasSize(3);

        // the alerts the public facts produce: charges of expression/NGO type against a defender (A9),
        // a requesting state outside the ECE (A8); no surrender stage yet, so no A1
        assertThat(alerts.activeOfCase(lawyer, found.get(0).id()))
                .extracting(a -> a.rule() + " " + a.severity())
                .containsExactly("A9 HIGH", "A8 INFO");
        assertThat(alerts.activeOfCase(lawyer, found.get(0).id()).get(0).explanationArgs())
                .containsExactly("categories:FALSE_INFORMATION,FRAUD,PRIVACY_VIOLATION");
        // the deadlines the Montenegrin and UN packs give for these facts, with their provenance
        assertThat(extradition.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.basis().ruleId()).isEqualTo("ME-CPC-FIRST-HEARING");
            assertThat(d.basis().confidence()).isEqualTo(Confidence.UNVERIFIED);
            assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
            assertThat(d.closure().eventType()).isEqualTo("RELEASED_WITH_MEASURES");
        });
        List<Deadline> all = deadlines.ofCase(lawyer, found.get(0).id());
        assertThat(all)
                .extracting(d -> d.basis().ruleId())
                .containsExactlyInAnyOrder("ME-CPC-FIRST-HEARING", "UN-SP-PUBLICATION-60D", "UN-SP-PUBLICATION-60D");
        assertThat(all).filteredOn(d -> d.basis().ruleId().startsWith("UN-")).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeadlineStatus.WAIVED);
            assertThat(d.basis().confidence()).isEqualTo(Confidence.SECONDARY);
        });
        assertThat(all).noneMatch(d -> d.status().open());
    }

    private TirekUser principal(String name) {
        var account = users.find(Username.of(name)).orElseThrow();
        return new TirekUser(account.id(), account.username(), account.role(), true, false, null);
    }
}

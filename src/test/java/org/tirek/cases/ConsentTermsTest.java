package org.tirek.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tirek.people.OrganisationId;

/** Consent gating: exactly its purpose and recipient, from its given-on day to its expiry day, until revoked. */
class ConsentTermsTest {

    static final ZoneId UTC = ZoneOffset.UTC;
    static final OrganisationId SHELTER = OrganisationId.of(UUID.randomUUID());
    static final OrganisationId POLICE = OrganisationId.of(UUID.randomUUID());
    static final LocalDate GIVEN = LocalDate.of(2026, 3, 1);
    static final LocalDate EXPIRES = LocalDate.of(2026, 3, 31);

    static ConsentTerms referralToShelter() {
        return new ConsentTerms(ConsentPurpose.REFERRAL, SHELTER, GIVEN, EXPIRES, null);
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void permitsItsPurposeForItsRecipientWhileInForce() {
        assertThat(referralToShelter().permits(ConsentPurpose.REFERRAL, SHELTER, at("2026-03-10T12:00:00Z"), UTC))
                .isTrue();
        assertThat(referralToShelter().stateAt(at("2026-03-10T12:00:00Z"), UTC)).isEqualTo(ConsentState.ACTIVE);
    }

    @Test
    void refusesAnotherRecipient() {
        assertThat(referralToShelter().permits(ConsentPurpose.REFERRAL, POLICE, at("2026-03-10T12:00:00Z"), UTC))
                .isFalse();
        assertThat(referralToShelter().permits(ConsentPurpose.REFERRAL, null, at("2026-03-10T12:00:00Z"), UTC))
                .isFalse();
    }

    @Test
    void refusesAnotherPurposeForTheSameRecipient() {
        assertThat(referralToShelter().permits(ConsentPurpose.SHARING, SHELTER, at("2026-03-10T12:00:00Z"), UTC))
                .isFalse();
    }

    @Test
    void aConsentWithoutRecipientPermitsOnlyChecksWithoutOne() {
        ConsentTerms statistics = new ConsentTerms(ConsentPurpose.STATISTICS, null, GIVEN, null, null);
        assertThat(statistics.permits(ConsentPurpose.STATISTICS, null, at("2030-01-01T00:00:00Z"), UTC))
                .isTrue();
        ConsentTerms legal = new ConsentTerms(ConsentPurpose.LEGAL_ACTION, null, GIVEN, null, null);
        assertThat(legal.permits(ConsentPurpose.LEGAL_ACTION, POLICE, at("2026-03-10T00:00:00Z"), UTC))
                .as("a general consent to legal action does not name who receives the file")
                .isFalse();
    }

    @Test
    void isNotYetInForceBeforeItsGivenOnDay() {
        assertThat(referralToShelter().stateAt(at("2026-02-28T23:59:59Z"), UTC)).isEqualTo(ConsentState.NOT_YET_VALID);
        assertThat(referralToShelter().permits(ConsentPurpose.REFERRAL, SHELTER, at("2026-02-28T23:59:59Z"), UTC))
                .isFalse();
        assertThat(referralToShelter().permits(ConsentPurpose.REFERRAL, SHELTER, at("2026-03-01T00:00:00Z"), UTC))
                .isTrue();
    }

    @Test
    void lastsToTheEndOfItsExpiryDayAndNoLonger() {
        assertThat(referralToShelter().permits(ConsentPurpose.REFERRAL, SHELTER, at("2026-03-31T23:59:59Z"), UTC))
                .isTrue();
        assertThat(referralToShelter().stateAt(at("2026-04-01T00:00:00Z"), UTC)).isEqualTo(ConsentState.EXPIRED);
        assertThat(referralToShelter().permits(ConsentPurpose.REFERRAL, SHELTER, at("2026-04-01T00:00:00Z"), UTC))
                .isFalse();
    }

    @Test
    void daysAreTheOrganisationsCalendarDays() {
        ZoneId almaty = ZoneId.of("Asia/Almaty");
        // 20:00 UTC on the 31st is already the 1st of April in Almaty (UTC+5)
        assertThat(referralToShelter().stateAt(at("2026-03-31T20:00:00Z"), almaty))
                .isEqualTo(ConsentState.EXPIRED);
        assertThat(referralToShelter().stateAt(at("2026-02-28T20:00:00Z"), almaty))
                .isEqualTo(ConsentState.ACTIVE);
    }

    @Test
    void permitsNothingFromTheMomentItWasRevoked() {
        Instant revoked = at("2026-03-10T09:00:00Z");
        ConsentTerms terms = new ConsentTerms(ConsentPurpose.REFERRAL, SHELTER, GIVEN, EXPIRES, revoked);
        assertThat(terms.permits(ConsentPurpose.REFERRAL, SHELTER, revoked.minusSeconds(1), UTC))
                .isTrue();
        assertThat(terms.permits(ConsentPurpose.REFERRAL, SHELTER, revoked, UTC))
                .isFalse();
        assertThat(terms.stateAt(at("2026-03-20T00:00:00Z"), UTC)).isEqualTo(ConsentState.REVOKED);
        assertThat(terms.stateAt(at("2026-05-01T00:00:00Z"), UTC))
                .as("revoked says more than expired")
                .isEqualTo(ConsentState.REVOKED);
    }

    @Test
    void withoutExpiryLastsUntilRevoked() {
        ConsentTerms terms = new ConsentTerms(ConsentPurpose.SHARING, POLICE, GIVEN, null, null);
        assertThat(terms.permits(ConsentPurpose.SHARING, POLICE, at("2036-03-10T00:00:00Z"), UTC))
                .isTrue();
    }
}

package org.tirek.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseType;
import org.tirek.cases.Cases;
import org.tirek.cases.Consent;
import org.tirek.cases.ConsentMethod;
import org.tirek.cases.ConsentPurpose;
import org.tirek.cases.Consents;
import org.tirek.cases.NewCase;
import org.tirek.cases.NewConsent;
import org.tirek.identity.AccessTokens;
import org.tirek.identity.Password;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.Username;
import org.tirek.people.OrganisationDraft;
import org.tirek.people.OrganisationId;
import org.tirek.people.OrganisationKind;
import org.tirek.people.Organisations;

/** Creates accounts, tokens and cases through the public API, with unique names per call. */
@TestConfiguration(proxyBeanMethods = false)
public class TestFixtures {

    public static final String PASSWORD = "correct horse battery";

    @Bean
    Accounts accounts(UserAccounts users, AccessTokens tokens) {
        return new Accounts(users, tokens);
    }

    @Bean
    CaseFixtures caseFixtures(Cases cases) {
        return new CaseFixtures(cases);
    }

    @Bean
    ConsentFixtures consentFixtures(Organisations organisations, Consents consents, Clock clock) {
        return new ConsentFixtures(organisations, consents, clock);
    }

    /** Test accounts. */
    public record Accounts(UserAccounts users, AccessTokens tokens) {

        /** A new account with {@link #PASSWORD}, ready to use (no forced password change). */
        public Username create(Role role) {
            return create(role, false);
        }

        public Username create(Role role, boolean mustChangePassword) {
            Username name = Username.of(role.name().toLowerCase(java.util.Locale.ROOT) + "-"
                    + UUID.randomUUID().toString().substring(0, 8));
            users.create(name, role, Password.of(PASSWORD), mustChangePassword);
            return name;
        }

        /** A new account of {@code role}, as sign-in would give it to a service. */
        public TirekUser user(Role role) {
            Username name = create(role);
            return principal(name);
        }

        /** The principal of an existing account. */
        public TirekUser principal(Username name) {
            var account = users.find(name).orElseThrow();
            return new TirekUser(account.id(), name, account.role(), true, false, null);
        }

        /** A bearer token for a new account with {@code role}. */
        public String token(Role role) {
            return tokens.issue(create(role), "test").secret();
        }

        /** A bearer token for an existing account. */
        public String token(Username name) {
            return tokens.issue(name, "test").secret();
        }
    }

    /** Organisations and consents, created through the people and cases services. */
    public record ConsentFixtures(Organisations organisations, Consents consents, Clock clock) {

        /** A new organisation with a unique name. */
        public OrganisationId organisation(TirekUser who, String name, OrganisationKind kind) {
            return organisations
                    .create(
                            who,
                            new OrganisationDraft(
                                    name + " " + UUID.randomUUID().toString().substring(0, 6),
                                    kind,
                                    "KZ",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null))
                    .id();
        }

        /** A consent in force since yesterday, without expiry, given verbally. */
        public Consent consent(TirekUser who, UUID caseId, ConsentPurpose purpose, @Nullable OrganisationId recipient) {
            return consents.record(
                    who,
                    CaseId.of(caseId),
                    new NewConsent(
                            purpose,
                            recipient,
                            null,
                            ConsentMethod.VERBAL,
                            LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1),
                            null,
                            "kk",
                            null,
                            null));
        }

        /** A new organisation that the case has consented to share with. */
        public OrganisationId sharingPartner(TirekUser who, UUID caseId) {
            OrganisationId organisation = organisation(who, "Partner", OrganisationKind.NGO);
            consent(who, caseId, ConsentPurpose.SHARING, organisation);
            return organisation;
        }
    }

    /** Test cases: opened through the cases service, with a chosen team (needs an unsealed vault). */
    public record CaseFixtures(Cases cases) {

        private static final TirekUser ADMIN =
                new TirekUser(UUID.randomUUID(), Username.of("fixture-admin"), Role.ADMIN, true, false, null);

        /** Opens a survivor-support case by {@code opener} and puts {@code others} on its team. */
        public UUID open(TirekUser opener, TirekUser... others) {
            CaseId id = cases.open(
                            opener,
                            new NewCase(
                                    CaseType.SURVIVOR_SUPPORT,
                                    "test " + UUID.randomUUID().toString().substring(0, 8),
                                    null,
                                    null,
                                    null))
                    .id();
            for (TirekUser other : others) cases.addMember(ADMIN, id, other.getUsername());
            return id.value();
        }

        /** Puts {@code user} on the team of {@code caseId}. */
        public void addToTeam(UUID caseId, TirekUser user) {
            cases.addMember(ADMIN, CaseId.of(caseId), user.getUsername());
        }
    }
}

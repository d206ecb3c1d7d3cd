package org.tirek.cases.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.cases.ConsentId;
import org.tirek.cases.ConsentMethod;
import org.tirek.cases.ConsentPurpose;
import org.tirek.cases.NewConsent;
import org.tirek.cases.NewReferral;
import org.tirek.cases.ReferralChange;
import org.tirek.cases.ReferralStatus;
import org.tirek.cases.ServiceType;
import org.tirek.people.OrganisationId;
import org.tirek.people.PersonId;

/**
 * Turns the values of a consent or referral request, from the API or a form (the same field names),
 * into the domain's inputs; every unreadable field is named in one refusal (HTTP 422).
 */
final class ConsentRequests {

    private ConsentRequests() {}

    static NewConsent newConsent(Map<String, String> values) {
        FormValues form = new FormValues(values);
        ConsentPurpose purpose = form.required(ConsentPurpose.class, "purpose");
        UUID recipient = form.id("recipientId");
        UUID givenBy = form.id("givenBy");
        ConsentMethod method = form.required(ConsentMethod.class, "method");
        if (method == ConsentMethod.REPORT_FORM) {
            form.refuse("method", "VERBAL or WRITTEN (REPORT_FORM is recorded by intake)");
        }
        LocalDate givenOn = form.requiredDate("givenOn");
        LocalDate expiresOn = form.date("expiresOn");
        form.throwIfAny("The consent was not saved; see 'errors' for the fields to correct");
        return new NewConsent(
                Objects.requireNonNull(purpose),
                recipient == null ? null : OrganisationId.of(recipient),
                givenBy == null ? null : PersonId.of(givenBy),
                Objects.requireNonNull(method),
                Objects.requireNonNull(givenOn),
                expiresOn,
                form.text("language"),
                form.text("explainedBy"),
                form.text("conditions"));
    }

    static NewReferral newReferral(Map<String, String> values) {
        FormValues form = new FormValues(values);
        ServiceType type = form.required(ServiceType.class, "serviceType");
        UUID provider = form.requiredId("providerId");
        UUID consent = form.id("consentId");
        ReferralStatus status = form.required(ReferralStatus.class, "status");
        LocalDate on = form.requiredDate("on");
        LocalDate followUp = form.date("followUpOn");
        form.throwIfAny("The referral was not saved; see 'errors' for the fields to correct");
        return new NewReferral(
                Objects.requireNonNull(type),
                OrganisationId.of(Objects.requireNonNull(provider)),
                consent == null ? null : ConsentId.of(consent),
                Objects.requireNonNull(status),
                Objects.requireNonNull(on),
                followUp);
    }

    /** {@code "outcome": ""} removes the outcome, {@code "followUpOn": ""} the follow-up day. */
    static ReferralChange referralChange(Map<String, String> values) {
        FormValues form = new FormValues(values);
        Integer version = form.number("version");
        ReferralStatus status = form.optional(ReferralStatus.class, "status");
        LocalDate on = form.date("on");
        LocalDate followUp = form.date("followUpOn");
        form.throwIfAny("The referral was not changed; see 'errors' for the fields to correct");
        String outcome = values.get("outcome");
        return new ReferralChange(
                Objects.requireNonNull(version), status, on, outcome, followUp, form.blank("followUpOn"));
    }

    /** The values of an API body as a map, leaving out what was not sent. */
    static final class Values {
        private final Map<String, String> map = new HashMap<>();

        Values put(String name, @Nullable Object value) {
            if (value != null) map.put(name, value.toString());
            return this;
        }

        Map<String, String> map() {
            return map;
        }
    }
}

package org.tirek.people.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.identity.Actors;
import org.tirek.identity.TirekUser;
import org.tirek.people.IsoCodes;
import org.tirek.people.OrganisationDraft;
import org.tirek.people.OrganisationId;
import org.tirek.people.OrganisationKind;
import org.tirek.people.OrganisationSummary;
import org.tirek.people.Organisations;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;

/** Organisations: case staff keep them; changes are recorded (they are not sensitive, but shared). */
@Service
@Transactional
class OrganisationsService implements Organisations {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,100}@[^@\\s]{1,150}");
    private static final Pattern WEBSITE = Pattern.compile("https?://\\S{1,290}");

    private final Institutions institutions;
    private final AuditTrail audit;
    private final Clock clock;

    OrganisationsService(Institutions institutions, AuditTrail audit, Clock clock) {
        this.institutions = institutions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public OrganisationSummary create(TirekUser who, OrganisationDraft draft) {
        PersonAccess.requireStaff(who);
        OrganisationDraft checked = check(draft);
        UUID id = UUID.randomUUID();
        institutions.insert(id, checked, who.id(), clock.instant());
        record(who, PeopleActions.ORGANISATION_CREATE, id);
        return get(OrganisationId.of(id));
    }

    @Override
    public OrganisationSummary change(TirekUser who, OrganisationId id, int version, OrganisationDraft draft) {
        PersonAccess.requireStaff(who);
        get(id);
        OrganisationDraft checked = check(draft);
        if (!institutions.update(id.value(), version, checked, clock.instant())) {
            throw new ConflictException(
                    "The organisation was changed by someone else meanwhile. Reload and try again.");
        }
        record(who, PeopleActions.ORGANISATION_CHANGE, id.value());
        return get(id);
    }

    @Override
    public void archive(TirekUser who, OrganisationId id) {
        PersonAccess.requireStaff(who);
        get(id);
        if (institutions.archive(id.value(), clock.instant()))
            record(who, PeopleActions.ORGANISATION_ARCHIVE, id.value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> find(OrganisationId id) {
        return institutions.find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationSummary> list(@Nullable OrganisationKind kind) {
        return institutions.list(kind);
    }

    private OrganisationSummary get(OrganisationId id) {
        return institutions.find(id).orElseThrow(() -> new NotFoundException("No such organisation"));
    }

    private static OrganisationDraft check(OrganisationDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = text(d.name());
        if (name == null || name.length() > 200 || hasControl(name)) errors.put("name", "1 to 200 characters");
        String country = text(d.country());
        if (country != null && !IsoCodes.isCountry(country)) {
            errors.put("country", "an ISO 3166-1 alpha-2 code, like ME");
        } else if (d.region() != null
                && country != null
                && !d.region().country().equals(country)) {
            errors.put("region", "a region of the organisation's country");
        }
        String phone = limited(d.phone(), 100, "phone", errors);
        String email = limited(d.email(), 200, "email", errors);
        if (email != null && !EMAIL.matcher(email).matches()) errors.put("email", "an e-mail address");
        String website = limited(d.website(), 300, "website", errors);
        if (website != null && !WEBSITE.matcher(website).matches())
            errors.put("website", "an address starting with https://");
        String address = text(d.address());
        if (address != null
                && (address.length() > 500
                        || address.chars().anyMatch(c -> c != '\n' && c != '\r' && Character.isISOControl(c))))
            errors.put("address", "at most 500 characters");
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(
                    "Some values are not allowed: " + String.join(", ", errors.keySet()), errors);
        }
        return new OrganisationDraft(
                String.valueOf(name), d.kind(), country, d.region(), phone, email, website, address);
    }

    private static @Nullable String limited(@Nullable String value, int max, String field, Map<String, String> errors) {
        String s = text(value);
        if (s != null && (s.length() > max || hasControl(s)))
            errors.put(field, "at most " + max + " characters, one line");
        return s;
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }

    private void record(TirekUser who, AuditAction action, UUID id) {
        audit.record(AuditEntry.of(Actors.of(who), action).about("organisation", id));
    }
}

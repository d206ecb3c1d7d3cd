package org.tirek.people;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.identity.TirekUser;

/** Builds persons for the people tests: names unique per call, in Cyrillic and in a Latin spelling. */
final class PeopleFixture {

    private static final String CYRILLIC = "абдклмнопрст";
    private static final String LATIN = "abdklmnoprst";
    private static final Random RANDOM = new Random();

    private PeopleFixture() {}

    /** A surname nobody else has, in Cyrillic and as its plain Latin transliteration. */
    record Surname(String cyrillic, String latin) {}

    static Surname uniqueSurname() {
        StringBuilder cyrillic = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            int at = RANDOM.nextInt(CYRILLIC.length());
            char c = CYRILLIC.charAt(at);
            cyrillic.append(i == 0 ? Character.toUpperCase(c) : c);
            latin.append(i == 0 ? Character.toUpperCase(LATIN.charAt(at)) : LATIN.charAt(at));
        }
        return new Surname(cyrillic.toString(), latin.toString());
    }

    static PersonProfile profile(
            PersonKind kind, @Nullable Sex sex, @Nullable Integer birthYear, @Nullable String nationality) {
        return new PersonProfile(kind, sex, null, birthYear, nationality, null, List.of("kk", "ru"), null, Set.of());
    }

    static NewPerson person(PersonKind kind, String name) {
        return NewPerson.of(PersonProfile.of(kind), Identity.named(name));
    }

    /** Creates and adds a person, ignoring look-alikes; returns the new person's id. */
    static PersonId add(Parties parties, TirekUser who, UUID caseId, NewPerson person, PartyRole role) {
        return ((PersonCreation.Created) parties.createAndAdd(who, caseId, person, role, true))
                .person()
                .id();
    }
}

package org.tirek.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Client codes: their shape, their alphabet, and how typed codes are read. */
class ClientCodeTest {

    @Test
    void generatedCodesHaveTheShapeAndOnlyUnambiguousCharacters() {
        Random random = new Random(42);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = ClientCode.generate(random).value();
            assertThat(code).matches("CL-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
            assertThat(code.substring(3)).doesNotContainAnyWhitespaces().doesNotContain("0", "1", "I", "L", "O", "U");
            seen.add(code);
        }
        assertThat(seen).as("10,000 draws from 30^8 codes hardly ever collide").hasSizeGreaterThan(9_990);
    }

    @Test
    void everyCharacterOfTheAlphabetTurnsUp() {
        Random random = new Random(7);
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            for (char c : ClientCode.generate(random)
                    .value()
                    .substring(3)
                    .replace("-", "")
                    .toCharArray()) used.add(c);
        }
        assertThat(used).hasSize(ClientCode.ALPHABET.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CL-7K3Q-9XPD", "cl-7k3q-9xpd", " CL7K3Q9XPD ", "7K3Q-9XPD", "7k3q9xpd", "CL 7K3Q 9XPD"})
    void typedCodesAreReadInAnyCaseWithOrWithoutDashes(String typed) {
        assertThat(ClientCode.parse(typed)).isEqualTo(new ClientCode("CL-7K3Q-9XPD"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "CL-7K3Q", "CL-7K3Q-9XP0", "CL-OK3Q-9XPD", "TRK-2026-0001", "CL-7K3Q-9XPDD", "CL--7K3Q9XPD-"
            })
    void anythingElseIsRefused(String typed) {
        assertThatThrownBy(() -> ClientCode.parse(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConstructorAcceptsOnlyTheCanonicalForm() {
        assertThatThrownBy(() -> new ClientCode("cl-7k3q-9xpd")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ClientCode("CL-7K3Q-9XPD").toString()).isEqualTo("CL-7K3Q-9XPD");
    }
}

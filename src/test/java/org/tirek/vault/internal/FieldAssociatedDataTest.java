package org.tirek.vault.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;

/**
 * The associated data bound into every sealed field. Its bytes are part of every ciphertext ever
 * stored: if they changed by one bit, no value sealed before would open again. So they are pinned
 * here, byte for byte, together with the formula they have always followed.
 */
class FieldAssociatedDataTest {

    static final KeyScope SCOPE = KeyScope.ofCase(UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));
    static final FieldRef FIELD =
            FieldRef.of("evidence_custody", "reason", UUID.fromString("f0e1d2c3-b4a5-9687-7869-5a4b3c2d1e0f"));

    @Test
    void theBytesForAKnownScopeAndFieldAreExactlyThese() {
        String expected = "tirek/field/v1|case:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0|evidence_custody|reason|"
                + "f0e1d2c3-b4a5-9687-7869-5a4b3c2d1e0f";
        byte[] ad = FieldEncryptionImpl.associatedData(SCOPE, FIELD);

        assertThat(ad).isEqualTo(expected.getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(ad))
                .isEqualTo("746972656b2f6669656c642f76317c636173653a30663165326433632d346235612d363937382d"
                        + "383739362d6135623463336432653166307c65766964656e63655f637573746f64797c726561736f6e"
                        + "7c66306531643263332d623461352d393638372d373836392d356134623363326431653066");
        assertThat(ad).hasSize(15 + 41 + 1 + 16 + 1 + 6 + 1 + 36);
    }

    @Test
    void nonAsciiNamesAreUtf8AsBefore() {
        FieldRef cyrillic = FieldRef.of("заметка", "текст", UUID.fromString("00000000-0000-0000-0000-000000000000"));
        byte[] ad = FieldEncryptionImpl.associatedData(KeyScope.named("archive", "2026"), cyrillic);

        assertThat(new String(ad, StandardCharsets.UTF_8))
                .isEqualTo("tirek/field/v1|archive:2026|заметка|текст|00000000-0000-0000-0000-000000000000");
        FieldRef latin1 =
                FieldRef.of("note", "r\u00e9sum\u00e9", UUID.fromString("00000000-0000-0000-0000-00000000000a"));
        assertThat(HexFormat.of().formatHex(FieldEncryptionImpl.associatedData(SCOPE, latin1)))
                .endsWith(
                        "7c6e6f74657c72c3a973756dc3a97c30303030303030302d303030302d303030302d303030302d303030303030303030303061");
    }

    @Test
    void theBytesFollowTheirFormulaForManyScopesFieldsAndRows() {
        Random random = new Random(20261126);
        String[] tables = {"note", "case_file", "evidence_file", "evidence_custody", "person", "t", "a-b_c.d9"};
        String[] columns = {"text", "name", "reason", "legal_name", "summary", "x", "Col_2"};
        long[] edges = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x0123456789abcdefL, 0xfedcba9876543210L};
        for (int i = 0; i < 5_000; i++) {
            long hi = i < edges.length * edges.length ? edges[i / edges.length] : random.nextLong();
            long lo = i < edges.length * edges.length ? edges[i % edges.length] : random.nextLong();
            KeyScope scope = i % 3 == 0
                    ? KeyScope.named("k" + Integer.toString(i, 36), Long.toString(random.nextLong() >>> 1, 36))
                    : KeyScope.ofCase(new UUID(random.nextLong(), random.nextLong()));
            FieldRef field =
                    FieldRef.of(tables[i % tables.length], columns[(i / 7) % columns.length], new UUID(hi, lo));

            assertThat(FieldEncryptionImpl.associatedData(scope, field))
                    .as("%s %s", scope, field)
                    .isEqualTo(("tirek/field/v1|" + scope.value() + "|" + field.table() + "|" + field.column() + "|"
                                    + field.rowId())
                            .getBytes(StandardCharsets.UTF_8));
        }
    }
}

package org.tirek.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;

/**
 * The default file types accept what phones record as voice notes: Tika names WAV, Ogg Opus and Ogg
 * Vorbis differently from the names people expect, and a default list with only those names refused
 * them.
 */
class UploadTypesTest {

    static final List<String> DEFAULTS = List.of(Uploads.DEFAULT_TYPES.split(","));

    @Test
    void voiceNotesFromPhonesAreAcceptedByDefault() {
        Tika tika = new Tika();
        assertThat(tika.detect(wav())).isIn(DEFAULTS);
        assertThat(tika.detect(ogg("OpusHead"))).isIn(DEFAULTS);
        assertThat(tika.detect(ogg("\u0001vorbis"))).isIn(DEFAULTS);
        assertThat(tika.detect("plain words".getBytes(StandardCharsets.UTF_8))).isIn(DEFAULTS);
        assertThat(tika.detect(new byte[] {0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0}))
                .isNotIn(DEFAULTS);
    }

    private static byte[] wav() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {36, 0, 0, 0});
        out.writeBytes("WAVEfmt ".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1f, 0, 0, (byte) 0x80, 0x3e, 0, 0, 2, 0, 16, 0});
        out.writeBytes("data".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, 0, 0, 0});
        return out.toByteArray();
    }

    /** The first page of an Ogg stream whose first packet starts with {@code codec}. */
    private static byte[] ogg(String codec) {
        byte[] packet = (codec + "\u0001\u0002\u0038\u0001\u0080\u00bb\u0000\u0000\u0000\u0000\u0000")
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("OggS".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
        out.write(packet.length);
        out.writeBytes(packet);
        return out.toByteArray();
    }
}

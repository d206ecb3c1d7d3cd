package org.tirek.evidence.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/** The media type of a file from its first bytes (Apache Tika's magic numbers), never from its name. */
@Component
class MediaTypes {

    static final int PREFIX = 64 * 1024;
    private final Tika tika = new Tika();

    String sniff(byte[] prefix) {
        try {
            return tika.detect(new ByteArrayInputStream(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

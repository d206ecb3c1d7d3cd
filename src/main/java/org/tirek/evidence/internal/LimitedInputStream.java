package org.tirek.evidence.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.tirek.platform.ContentTooLargeException;

/** Counts what is read and refuses to go past the limit. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) add(1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) add(n);
        return n;
    }

    private void add(int n) {
        count += n;
        if (count > limit) {
            throw new ContentTooLargeException(
                    "The file is larger than the limit of " + (limit / (1024 * 1024)) + " MiB");
        }
    }
}

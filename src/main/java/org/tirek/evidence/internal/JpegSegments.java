package org.tirek.evidence.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.jpeg.JpegUtils;
import org.jspecify.annotations.Nullable;

/**
 * A JPEG rebuilt without metadata, losslessly: the segments that decoding needs are copied as they
 * are, the compressed image data untouched. Dropped: every APP1 to APP15 segment (EXIF, XMP, IPTC,
 * ICC colour profiles, maker notes, multi-picture indexes) except Adobe's APP14 colour-transform
 * flag, every comment (COM), the thumbnail a JFIF APP0 segment may carry, and anything after the
 * end-of-image marker (videos of "motion photos", second images, trailing bytes).
 *
 * <p>Commons Imaging walks the segments up to the first scan; it hands over everything after that
 * scan's marker as one block, so the scans are walked here: a progressive JPEG has tables, and may
 * have metadata, between its scans.
 */
final class JpegSegments {

    private static final int APP0 = 0xE0;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;
    private static final int EOI = 0xD9;
    private static final byte[] JFIF = "JFIF\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.US_ASCII);
    /** JFIF APP0 up to and including the thumbnail's dimensions (identifier, version, units, densities). */
    private static final int JFIF_HEADER = 14;
    /** Adobe APP14: identifier, version, two flag words and the colour transform. */
    private static final int ADOBE_HEADER = 12;

    private JpegSegments() {}

    /** @throws IOException when the content is not a well-formed JPEG */
    static byte[] withoutMetadata(byte[] jpeg) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(0xFF);
        out.write(0xD8);
        boolean[] scanned = {false};
        new JpegUtils().traverseJfif(ByteSource.array(jpeg), new JpegUtils.Visitor() {
            @Override
            public boolean beginSos() {
                return true;
            }

            @Override
            public void visitSos(int marker, byte[] markerBytes, byte[] imageData) {
                if ((marker & 0xFF) == EOI) return; // an end of image before any scan
                out.writeBytes(markerBytes);
                out.writeBytes(scans(imageData));
                scanned[0] = true;
            }

            @Override
            public boolean visitSegment(
                    int marker, byte[] markerBytes, int segmentLength, byte[] segmentLengthBytes, byte[] data) {
                byte[] kept = kept(marker & 0xFF, data);
                if (kept != null) segment(out, marker & 0xFF, kept);
                return true;
            }
        });
        if (!scanned[0]) throw new IOException("A JPEG without image data");
        return out.toByteArray();
    }

    /** What stays of a segment before the first scan, or null when it is dropped. */
    private static byte @Nullable [] kept(int marker, byte[] data) {
        if (marker == APP0) {
            if (!startsWith(data, JFIF) || data.length < JFIF_HEADER) return null;
            byte[] header = Arrays.copyOf(data, JFIF_HEADER);
            header[JFIF_HEADER - 2] = 0; // no thumbnail: it may show what was cropped out
            header[JFIF_HEADER - 1] = 0;
            return header;
        }
        if (marker == APP14) {
            return startsWith(data, ADOBE) && data.length >= ADOBE_HEADER ? Arrays.copyOf(data, ADOBE_HEADER) : null;
        }
        if (isMetadata(marker)) return null;
        return data;
    }

    private static boolean isMetadata(int marker) {
        return (marker > APP0 && marker <= APP15) || marker == COM;
    }

    /**
     * From the first scan's header to the end-of-image marker: compressed data, restart markers and
     * the tables and headers of later scans are kept; metadata segments between scans and everything
     * after the end of the image are dropped.
     */
    static byte[] scans(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        int pos = copySegmentBody(data, 0, out);
        while (pos < data.length) {
            int ff = indexOfFf(data, pos);
            out.write(data, pos, ff - pos);
            if (ff >= data.length) break;
            int m = ff + 1;
            while (m < data.length && (data[m] & 0xFF) == 0xFF) m++; // fill bytes before a marker
            if (m >= data.length) break;
            int marker = data[m] & 0xFF;
            if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(0xFF); // a stuffed 0xFF byte, TEM or a restart marker: part of the image data
                out.write(marker);
                pos = m + 1;
            } else if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                break;
            } else {
                int end = segmentEnd(data, m + 1);
                if (!isMetadata(marker)) {
                    out.write(0xFF);
                    out.write(marker);
                    out.write(data, m + 1, end - (m + 1));
                }
                pos = end;
            }
        }
        return out.toByteArray();
    }

    /** Copies a segment's length and contents starting at {@code at}; returns the position after it. */
    private static int copySegmentBody(byte[] data, int at, ByteArrayOutputStream out) {
        int end = segmentEnd(data, at);
        out.write(data, at, end - at);
        return end;
    }

    private static int segmentEnd(byte[] data, int lengthAt) {
        if (lengthAt + 2 > data.length) throw new IllegalArgumentException("A JPEG segment is cut short");
        int length = ((data[lengthAt] & 0xFF) << 8) | (data[lengthAt + 1] & 0xFF);
        if (length < 2 || lengthAt + length > data.length) {
            throw new IllegalArgumentException("A JPEG segment is cut short");
        }
        return lengthAt + length;
    }

    private static int indexOfFf(byte[] data, int from) {
        for (int i = from; i < data.length; i++) if (data[i] == (byte) 0xFF) return i;
        return data.length;
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        int length = data.length + 2;
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(data);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}

package org.tirek.evidence.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;

/**
 * Copies of files with identifying metadata removed, for sharing: from JPEG every APP1 to APP15
 * segment (EXIF with GPS, camera serial and times; XMP; IPTC; colour profiles; maker data) and
 * every comment, losslessly, and whatever follows the image (appended videos, second images); from
 * PNG every text and other chunk, by re-encoding its pixels (lossless for PNG); from PDF the
 * document information dictionary and XMP (Apache PDFBox).
 *
 * <p>Hazard: the original is in clear here. Everything happens in memory: ImageIO's file cache
 * ({@code imageio*.tmp} in the temporary directory) is switched off for the whole process and
 * memory-cached streams are used explicitly, and PDFBox is given a memory-only cache. That is why
 * there are limits: 64 MiB of file, and 40 megapixels for a PNG, whose header is read before any
 * pixel is decoded (a small file can declare a huge image).
 */
@Component
class SharingCopies {

    static final long MAX_SIZE = 64L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;

    static {
        ImageIO.setUseCache(false);
    }

    /** What became of a copy. */
    sealed interface Outcome {}

    /** The copy, without the metadata. */
    record Stripped(byte[] bytes) implements Outcome {
        @Override
        public String toString() {
            return "Stripped[" + bytes.length + " bytes]";
        }
    }

    /** An image too large to decode safely; no copy. */
    record TooLarge() implements Outcome {}

    /** The content does not parse as its media type; no copy. */
    record Failed() implements Outcome {}

    boolean supports(String mediaType) {
        return switch (mediaType) {
            case "image/jpeg", "image/png", "application/pdf" -> true;
            default -> false;
        };
    }

    /** The stripped copy, or why there is none. */
    Outcome strip(String mediaType, byte[] original) {
        try {
            return switch (mediaType) {
                case "image/jpeg" -> new Stripped(JpegSegments.withoutMetadata(original));
                case "image/png" -> png(original);
                case "application/pdf" -> new Stripped(pdf(original));
                default -> new Failed();
            };
        } catch (IOException | RuntimeException e) {
            return new Failed();
        }
    }

    private static Outcome png(byte[] original) throws IOException {
        ImageReader reader = only(ImageIO.getImageReadersByFormatName("png"));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(original))) {
            reader.setInput(in, true, true);
            if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) return new TooLarge();
            BufferedImage image = reader.read(0);
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            ImageWriter writer = only(ImageIO.getImageWritersByFormatName("png"));
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(copy)) {
                writer.setOutput(out);
                writer.write(image);
            } finally {
                writer.dispose();
            }
            return new Stripped(copy.toByteArray());
        } finally {
            reader.dispose();
        }
    }

    private static byte[] pdf(byte[] original) throws IOException {
        try (PDDocument document = Loader.loadPDF(original, "", null, null, IOUtils.createMemoryOnlyStreamCache())) {
            document.setDocumentInformation(new PDDocumentInformation());
            document.getDocumentCatalog().setMetadata(null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save((OutputStream) out);
            return out.toByteArray();
        }
    }

    private static <T> T only(Iterator<T> candidates) throws IOException {
        if (!candidates.hasNext()) throw new IOException("ImageIO has no PNG codec");
        return candidates.next();
    }
}

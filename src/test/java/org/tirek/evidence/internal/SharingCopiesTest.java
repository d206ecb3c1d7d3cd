package org.tirek.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;

/** Sharing copies without Spring: what stays of images and what goes. */
class SharingCopiesTest {

    private final SharingCopies copies = new SharingCopies();

    @Test
    void aCommentBetweenTheScansOfAProgressiveJpegGoesAndThePictureStays() throws Exception {
        byte[] progressive = progressiveJpeg();
        int secondScan = indexOf(progressive, sos(), indexOf(progressive, sos(), 0) + 2);
        assertThat(secondScan).as("the fixture has several scans").isPositive();
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        tagged.write(progressive, 0, secondScan);
        byte[] comment = "between scans: the safe house".getBytes(StandardCharsets.UTF_8);
        tagged.write(0xFF);
        tagged.write(0xFE);
        tagged.write((comment.length + 2) >> 8);
        tagged.write((comment.length + 2) & 0xFF);
        tagged.writeBytes(comment);
        tagged.write(progressive, secondScan, progressive.length - secondScan);
        byte[] original = tagged.toByteArray();

        SharingCopies.Outcome outcome = copies.strip("image/jpeg", original);

        assertThat(outcome).isInstanceOf(SharingCopies.Stripped.class);
        byte[] copy = ((SharingCopies.Stripped) outcome).bytes();
        assertThat(indexOf(copy, comment, 0)).isNegative();
        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(progressive));
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(copy));
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(actual.getRGB(x, y)).isEqualTo(expected.getRGB(x, y));
            }
        }
    }

    @Test
    void whatIsNotAnImageGetsNoCopy() {
        assertThat(copies.strip("image/jpeg", "not a jpeg".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SharingCopies.Failed.class);
        assertThat(copies.strip("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                .isInstanceOf(SharingCopies.Failed.class);
    }

    private static byte[] progressiveJpeg() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillOval(5, 5, 25, 18);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] sos() {
        return new byte[] {(byte) 0xFF, (byte) 0xDA};
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}

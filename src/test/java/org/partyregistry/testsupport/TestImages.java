package org.partyregistry.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Real and damaged images for the upload rules (photos, logos). */
public final class TestImages {

    /** What {@link #withExif} hides in the EXIF block, to look for after re-encoding. */
    public static final String GPS_MARKER = "GPS 36.7067N 119.1617E";

    private TestImages() {
    }

    /** A {@code width} x {@code height} image in {@code format} ("png", "jpg", "gif"), red in its top-left quarter. */
    public static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static BufferedImage read(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first half of a real PNG. */
    public static byte[] truncatedPng() {
        byte[] png = image("png", 64, 48);
        return Arrays.copyOf(png, png.length / 2);
    }

    /** A JPEG's first bytes (SOI, APP0 JFIF) followed by junk. */
    public static byte[] jpegHeaderAndJunk() {
        byte[] junk = new byte[2000];
        new java.util.Random(7).nextBytes(junk);
        byte[] header = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
            0, 1, 0, 1, 0, 0};
        return concat(header, junk);
    }

    /** A WebP container header ("RIFF....WEBPVP8 ") followed by junk. */
    public static byte[] webpHeaderAndJunk() {
        byte[] content = new byte[2000];
        new java.util.Random(8).nextBytes(content);
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 4);
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, content, 8, 8);
        return content;
    }

    /** A real PNG with a script appended after its end. */
    public static byte[] pngWithScript() {
        return concat(image("png", 40, 30), "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A real {@code width} x {@code height} JPEG with an EXIF block (APP1) after its start: orientation
     * {@code orientation} and an ASCII entry holding {@link #GPS_MARKER}.
     */
    public static byte[] withExif(int width, int height, int orientation) {
        byte[] jpeg = image("jpg", width, height);
        byte[] text = (GPS_MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        // big-endian TIFF header, IFD0 at offset 8 with two entries, then no next IFD, then the text
        write(tiff, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 2);
        write(tiff, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0);
        int textOffset = 8 + 2 + 2 * 12 + 4;
        write(tiff, 0x01, 0x0E, 0, 2, 0, 0, 0, text.length, 0, 0, 0, textOffset);
        write(tiff, 0, 0, 0, 0);
        tiff.writeBytes(text);
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.toByteArray());
        int length = exif.length + 2;
        byte[] app1 = concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, exif);
        return concat(concat(Arrays.copyOf(jpeg, 2), app1), Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    public static boolean contains(byte[] content, String text) {
        byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + needle.length <= content.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void write(ByteArrayOutputStream out, int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

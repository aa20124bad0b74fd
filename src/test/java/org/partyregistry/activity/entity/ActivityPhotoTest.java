package org.partyregistry.activity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.testsupport.TestImages;

/** Rule ACT14: photos are recognized by their content, decoded whole, written anew, limited in size and number. */
class ActivityPhotoTest {

    static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I',
        'F'};
    static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};
    static final byte[] WEBP_MAGIC = {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ', 0};
    static final byte[] PNG = TestImages.image("png", 40, 30);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 8, 0);

    @Test
    @DisplayName("ACT14 JPEG, PNG and WebP are recognized by their first bytes; text, GIF and a bare RIFF are not")
    void detect() {
        assertThat(PhotoType.detect(JPEG_MAGIC)).contains(PhotoType.JPEG);
        assertThat(PhotoType.detect(PNG_MAGIC)).contains(PhotoType.PNG);
        assertThat(PhotoType.detect(WEBP_MAGIC)).contains(PhotoType.WEBP);
        assertThat(PhotoType.detect("<script>alert(1)</script>".getBytes())).isEmpty();
        assertThat(PhotoType.detect("GIF89a......".getBytes())).isEmpty();
        assertThat(PhotoType.detect(Arrays.copyOf("RIFF....WAVEfmt ".getBytes(), 20))).isEmpty();
        assertThat(PhotoType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(PhotoType.detect(new byte[0])).isEmpty();
    }

    @Test
    @DisplayName("ACT14 a photo of exactly 5 MiB is kept, one byte more is refused; not an image is refused")
    void size() {
        byte[] limit = Arrays.copyOf(TestImages.image("jpg", 64, 48), ActivityPhoto.MAX_BYTES);
        ActivityPhoto photo = new ActivityPhoto(null, limit, 0, "secretary", NOW);
        assertThat(photo.getType().contentType()).isEqualTo("image/jpeg");
        assertThat(photo.getSize()).as("stored written anew, without the padding").isLessThan(100_000);
        assertRefused(() -> new ActivityPhoto(null, Arrays.copyOf(limit, ActivityPhoto.MAX_BYTES + 1), 0, "s", NOW),
                "photo.tooLarge", "photo");
        assertRefused(() -> new ActivityPhoto(null, "hello".getBytes(), 0, "s", NOW), "photo.notImage", "photo");
        assertRefused(() -> new ActivityPhoto(null, new byte[0], 0, "s", NOW), "photo.empty", "photo");
    }

    @Test
    @DisplayName("ACT14 the ninth photo is kept, a tenth is refused")
    void count() {
        assertThat(new ActivityPhoto(null, PNG, 8, "s", NOW).getType()).isEqualTo(PhotoType.PNG);
        assertRefused(() -> new ActivityPhoto(null, PNG, 9, "s", NOW), "photo.tooMany", "photo");
    }

    @Test
    @DisplayName("ACT14 a truncated PNG or a JPEG header with junk does not decode and is refused")
    void damaged() {
        assertRefused(() -> new ActivityPhoto(null, TestImages.truncatedPng(), 0, "s", NOW), "photo.damaged",
                "photo");
        assertRefused(() -> new ActivityPhoto(null, TestImages.jpegHeaderAndJunk(), 0, "s", NOW), "photo.damaged",
                "photo");
        byte[] jpeg = TestImages.image("jpg", 64, 48);
        assertRefused(() -> new ActivityPhoto(null, Arrays.copyOf(jpeg, jpeg.length * 2 / 3), 0, "s", NOW),
                "photo.damaged", "photo");
    }

    @Test
    @DisplayName("ACT14 WebP cannot be decoded by the JDK, so it is refused with its own message")
    void webp() {
        assertRefused(() -> new ActivityPhoto(null, TestImages.webpHeaderAndJunk(), 0, "s", NOW),
                "photo.webpUnsupported", "photo");
    }

    @Test
    @DisplayName("ACT14 what is stored is written anew: a script appended to a PNG is gone, the picture stays")
    void appendedScriptDropped() {
        ActivityPhoto photo = new ActivityPhoto(null, TestImages.pngWithScript(), 0, "s", NOW);
        assertThat(TestImages.contains(photo.getContent(), "<script>")).isFalse();
        BufferedImage stored = TestImages.read(photo.getContent());
        assertThat(stored.getWidth()).isEqualTo(40);
        assertThat(stored.getRGB(5, 5)).isEqualTo(0xFFFF0000);
        assertThat(photo.getSize()).isEqualTo(photo.getContent().length);
    }

    @Test
    @DisplayName("ACT14 EXIF metadata (a GPS position) is dropped; its orientation is applied to the pixels first")
    void exif() {
        byte[] upload = TestImages.withExif(64, 48, 6);
        assertThat(TestImages.contains(upload, TestImages.GPS_MARKER)).isTrue();
        ActivityPhoto photo = new ActivityPhoto(null, upload, 0, "s", NOW);
        assertThat(TestImages.contains(photo.getContent(), TestImages.GPS_MARKER)).isFalse();
        assertThat(TestImages.contains(photo.getContent(), "Exif")).isFalse();
        BufferedImage stored = TestImages.read(photo.getContent());
        assertThat(stored.getWidth()).as("turned a quarter clockwise").isEqualTo(48);
        assertThat(stored.getHeight()).isEqualTo(64);
        assertThat(red(stored.getRGB(40, 8))).as("the red quarter is now top right").isTrue();
        assertThat(red(stored.getRGB(8, 8))).isFalse();
        BufferedImage upright = TestImages.read(new ActivityPhoto(null, TestImages.withExif(64, 48, 1), 0, "s", NOW)
                .getContent());
        assertThat(upright.getWidth()).isEqualTo(64);
        assertThat(red(upright.getRGB(8, 8))).isTrue();
    }

    private static boolean red(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 60;
    }
}

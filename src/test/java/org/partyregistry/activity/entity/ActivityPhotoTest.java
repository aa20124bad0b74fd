package org.partyregistry.activity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule ACT14: photos are recognized by their content, limited in size and number. */
class ActivityPhotoTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ', 0};
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 8, 0);

    @Test
    @DisplayName("ACT14 JPEG, PNG and WebP are recognized by their first bytes; text, GIF and a bare RIFF are not")
    void detect() {
        assertThat(PhotoType.detect(JPEG)).contains(PhotoType.JPEG);
        assertThat(PhotoType.detect(PNG)).contains(PhotoType.PNG);
        assertThat(PhotoType.detect(WEBP)).contains(PhotoType.WEBP);
        assertThat(PhotoType.detect("<script>alert(1)</script>".getBytes())).isEmpty();
        assertThat(PhotoType.detect("GIF89a......".getBytes())).isEmpty();
        assertThat(PhotoType.detect(Arrays.copyOf("RIFF....WAVEfmt ".getBytes(), 20))).isEmpty();
        assertThat(PhotoType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(PhotoType.detect(new byte[0])).isEmpty();
    }

    @Test
    @DisplayName("ACT14 a photo of exactly 5 MiB is kept, one byte more is refused; not an image is refused")
    void size() {
        byte[] limit = Arrays.copyOf(JPEG, ActivityPhoto.MAX_BYTES);
        ActivityPhoto photo = new ActivityPhoto(null, limit, 0, "secretary", NOW);
        assertThat(photo.getSize()).isEqualTo(ActivityPhoto.MAX_BYTES);
        assertThat(photo.getType().contentType()).isEqualTo("image/jpeg");
        assertRefused(() -> new ActivityPhoto(null, Arrays.copyOf(JPEG, ActivityPhoto.MAX_BYTES + 1), 0, "s", NOW),
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
}

package org.partyregistry.brand.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.testsupport.TestImages;

class BrandLogoTest {

    static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    /** A real PNG padded after its end to exactly {@code size} bytes (viewers ignore trailing bytes). */
    static byte[] pngOfSize(int size) throws IOException {
        return Arrays.copyOf(image("png"), size);
    }

    @Test
    @DisplayName("B3: PNG, JPEG and GIF are recognized by their content")
    void recognized() throws IOException {
        assertThat(BrandLogo.check(image("png"), null)).isEqualTo(LogoType.PNG);
        assertThat(BrandLogo.check(image("jpg"), "image/jpeg")).isEqualTo(LogoType.JPEG);
        assertThat(BrandLogo.check(image("gif"), "image/gif")).isEqualTo(LogoType.GIF);
    }

    @Test
    @DisplayName("B3: WebP (RIFF....WEBP) is refused with its own message: the JDK cannot decode it to check it")
    void webp() {
        byte[] webp = TestImages.webpHeaderAndJunk();
        assertThat(LogoType.sniff(webp)).isEqualTo(LogoType.WEBP);
        assertRefused(() -> BrandLogo.check(webp, "image/webp"), "brand.logoWebpUnsupported", "logo");
        byte[] wave = webp.clone();
        System.arraycopy("WAVE".getBytes(StandardCharsets.US_ASCII), 0, wave, 8, 4);
        assertRefused(() -> BrandLogo.check(wave, null), "brand.logoNotImage", "logo");
    }

    @Test
    @DisplayName("B3: the declared type or name does not make a file an image: text, SVG and a renamed file are refused")
    void notAnImage() {
        assertRefused(() -> BrandLogo.check("hello, I am a PNG".getBytes(StandardCharsets.UTF_8), "image/png"),
                "brand.logoNotImage", "logo");
        assertRefused(() -> BrandLogo.check("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"
                .getBytes(StandardCharsets.UTF_8), "image/svg+xml"), "brand.logoNotImage", "logo");
        assertRefused(() -> BrandLogo.check(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null), "brand.logoNotImage",
                "logo");
    }

    @Test
    @DisplayName("B3: a declared image type that contradicts the content is refused; a generic one is ignored")
    void declaredType() throws IOException {
        byte[] png = image("png");
        assertRefused(() -> BrandLogo.check(png, "image/jpeg"), "brand.logoTypeMismatch", "logo");
        assertThat(BrandLogo.check(png, "application/octet-stream")).isEqualTo(LogoType.PNG);
        assertThat(BrandLogo.check(image("jpg"), "image/jpg; charset=binary")).isEqualTo(LogoType.JPEG);
    }

    @Test
    @DisplayName("B3: empty is refused; exactly 1 MB is accepted, one byte more is refused")
    void size() throws IOException {
        assertRefused(() -> BrandLogo.check(new byte[0], "image/png"), "brand.logoEmpty", "logo");
        assertRefused(() -> BrandLogo.check(null, "image/png"), "brand.logoEmpty", "logo");
        assertThat(BrandLogo.check(pngOfSize(1024 * 1024), "image/png")).isEqualTo(LogoType.PNG);
        byte[] tooLarge = pngOfSize(1024 * 1024 + 1);
        assertRefused(() -> BrandLogo.check(tooLarge, "image/png"), "brand.logoTooLarge", "logo");
    }

    @Test
    @DisplayName("B3: a new image replaces the old one, stored written anew; the stored type follows the content")
    void replace() throws IOException {
        BrandLogo logo = new BrandLogo(null, image("png"), "image/png");
        assertThat(logo.getType()).isEqualTo(LogoType.PNG);
        logo.replace(image("jpg"), null);
        assertThat(logo.getType()).isEqualTo(LogoType.JPEG);
        assertThat(logo.getSize()).isEqualTo(logo.getContent().length);
        assertThat(TestImages.read(logo.getContent()).getWidth()).isEqualTo(8);
        logo.replace(image("gif"), "image/gif");
        assertThat(logo.getType()).as("a GIF is kept as a PNG").isEqualTo(LogoType.PNG);
        assertThat(LogoType.sniff(logo.getContent())).isEqualTo(LogoType.PNG);
    }

    @Test
    @DisplayName("B3: a damaged image is refused; a script appended to a PNG is not stored")
    void decoded() {
        assertRefused(() -> new BrandLogo(null, TestImages.truncatedPng(), "image/png"), "brand.logoDamaged",
                "logo");
        assertRefused(() -> new BrandLogo(null, TestImages.jpegHeaderAndJunk(), null), "brand.logoDamaged", "logo");
        BrandLogo logo = new BrandLogo(null, TestImages.pngWithScript(), "image/png");
        assertThat(TestImages.contains(logo.getContent(), "<script>")).isFalse();
        assertThat(TestImages.read(logo.getContent()).getWidth()).isEqualTo(40);
    }
}

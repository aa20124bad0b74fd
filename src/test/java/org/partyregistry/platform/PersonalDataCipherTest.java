package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataCipherTest {

    static final String ID = "11010519491231002X";

    static byte[] key(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return key;
    }

    @Test
    @DisplayName("M13 AES-GCM: the stored text holds no trace of the clear value, a fresh IV each time, and it decrypts")
    void encryptsAtRest() {
        PersonalDataCipher cipher = new PersonalDataCipher(key(7));
        String first = cipher.encrypt(ID);
        String second = cipher.encrypt(ID);
        assertThat(first).doesNotContain(ID).doesNotContain("19491231").doesNotContain("110105");
        assertThat(Base64.getDecoder().decode(first)).hasSize(12 + ID.length() + 16);
        assertThat(first).as("random IV per value").isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo(ID);
        assertThat(cipher.decrypt(second)).isEqualTo(ID);
    }

    @Test
    @DisplayName("M13 a tampered value or another key fails the GCM tag")
    void tamperAndWrongKey() {
        PersonalDataCipher cipher = new PersonalDataCipher(key(7));
        byte[] sealed = Base64.getDecoder().decode(cipher.encrypt(ID));
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(sealed)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PersonalDataCipher(key(8)).decrypt(cipher.encrypt(ID)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("M13 the keyed hash is stable per key, differs across keys and from a plain hash of the value")
    void keyedHash() {
        PersonalDataCipher cipher = new PersonalDataCipher(key(7));
        assertThat(cipher.hash(ID)).hasSize(64).isEqualTo(cipher.hash(ID));
        assertThat(cipher.hash(ID)).isNotEqualTo(cipher.hash("370700199001010028"));
        assertThat(new PersonalDataCipher(key(8)).hash(ID)).isNotEqualTo(cipher.hash(ID));
    }

    @Test
    @DisplayName("M13 a key must be 32 bytes")
    void keyLength() {
        assertThatThrownBy(() -> new PersonalDataCipher(new byte[16])).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    @DisplayName("M13 the embedded database's key file is generated once, owner-only, and reused")
    void keyFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub").resolve(PersonalDataCipher.KEY_FILE);
        byte[] first = PersonalDataCipher.keyFile(file);
        assertThat(first).hasSize(32);
        assertThat(PersonalDataCipher.keyFile(file)).isEqualTo(first);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        PersonalDataCipher a = new PersonalDataCipher(first);
        PersonalDataCipher b = new PersonalDataCipher(PersonalDataCipher.keyFile(file));
        assertThat(b.decrypt(a.encrypt(ID))).isEqualTo(ID);
        Files.writeString(file, "too-short");
        assertThatThrownBy(() -> PersonalDataCipher.keyFile(file)).isInstanceOf(IllegalStateException.class);
    }
}

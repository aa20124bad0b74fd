package org.partyregistry.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Protects personal data at rest (rule M13) with the JDK's own crypto: AES-256-GCM with a random 12-byte IV per
 * value and a 128-bit tag, stored as Base64 of IV followed by ciphertext; and an HMAC-SHA256 keyed hash (hex) for
 * exact-match lookup and uniqueness. Both keys are derived (HMAC-based, HKDF-expand style) from one 32-byte master
 * key: {@code REGISTRY_ENCRYPTION_KEY} (Base64). On the embedded database a missing key is generated once into
 * {@code encryption.key} in the data folder (owner-only permissions); on PostgreSQL a missing key stops start-up.
 */
@ApplicationScoped
public class PersonalDataCipher {

    public static final String KEY_FILE = "encryption.key";
    private static final Logger LOG = Logger.getLogger(PersonalDataCipher.class.getName());
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile Keys keys;

    private record Keys(SecretKeySpec encryption, SecretKeySpec mac) {
    }

    /** The container's instance: keys come from the settings on first use (or {@link #check()}). */
    public PersonalDataCipher() {
    }

    /** An instance with an explicit master key (tests, tools). */
    public PersonalDataCipher(byte[] masterKey) {
        this.keys = derive(masterKey);
    }

    /** Loads the key now, so a missing or bad key stops start-up with a clear message. */
    public void check() {
        keys();
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys().encryption(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Decrypts a value {@link #encrypt} produced; a tampered value or another key fails the tag check. */
    public String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys().encryption(), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot decrypt a protected value: wrong key or damaged data", e);
        }
    }

    /** Keyed hash for exact-match lookup: 64 hex characters, the same for the same input and key. */
    public String hash(String plain) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys().mac());
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }

    private Keys keys() {
        Keys current = keys;
        if (current == null) {
            synchronized (this) {
                current = keys;
                if (current == null) {
                    current = derive(loadMasterKey());
                    keys = current;
                }
            }
        }
        return current;
    }

    static Keys derive(byte[] master) {
        if (master == null || master.length != KEY_BYTES) {
            throw new IllegalStateException(Settings.ENCRYPTION_KEY + " must be " + KEY_BYTES
                    + " bytes, Base64-encoded (e.g. openssl rand -base64 32)");
        }
        return new Keys(new SecretKeySpec(expand(master, "party-registry personal data AES-GCM"), "AES"),
                new SecretKeySpec(expand(master, "party-registry personal data HMAC"), "HmacSHA256"));
    }

    private static byte[] expand(byte[] master, String info) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            mac.update(info.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 1);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] loadMasterKey() {
        return loadMasterKey(Settings.current());
    }

    static byte[] loadMasterKey(Settings settings) {
        var configured = settings.get(Settings.ENCRYPTION_KEY);
        if (configured.isPresent()) {
            return decodeKey(configured.get(), Settings.ENCRYPTION_KEY);
        }
        if (!settings.embeddedDatabase()) {
            throw new IllegalStateException(Settings.ENCRYPTION_KEY + " is not set: it is required with "
                    + "PostgreSQL (REGISTRY_DB_URL), where ID numbers would otherwise be unreadable after a "
                    + "restart. Set it to a Base64 32-byte key (openssl rand -base64 32) and keep it safe");
        }
        return keyFile(settings.dataDir().resolve(KEY_FILE));
    }

    /** Reads the generated key file, or creates it (owner read/write only) when it does not exist yet. */
    static byte[] keyFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decodeKey(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[KEY_BYTES];
            RANDOM.nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            try {
                if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            } catch (FileAlreadyExistsException raced) {
                return decodeKey(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            Files.writeString(file, encoded + "\n", StandardCharsets.US_ASCII);
            LOG.warning(() -> "Generated a new personal-data encryption key in " + file
                    + ": back it up with the database; without it the ID numbers cannot be read");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the encryption key file " + file, e);
        }
    }

    private static byte[] decodeKey(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The encryption key in " + source + " is not valid Base64", e);
        }
        if (key.length != KEY_BYTES) {
            Arrays.fill(key, (byte) 0);
            throw new IllegalStateException("The encryption key in " + source + " must be " + KEY_BYTES
                    + " bytes, Base64-encoded (e.g. openssl rand -base64 32)");
        }
        return key;
    }
}

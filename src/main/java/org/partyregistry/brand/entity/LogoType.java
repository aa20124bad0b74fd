package org.partyregistry.brand.entity;

import java.util.Arrays;

/** The image types a logo may have, each recognized by its leading bytes (rule B3). */
public enum LogoType {
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_MAGIC = {'W', 'E', 'B', 'P'};

    private final String contentType;
    private final String extension;

    LogoType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The type the content shows, or null when it is none of the accepted images. */
    public static LogoType sniff(byte[] content) {
        if (content == null) {
            return null;
        }
        if (startsWith(content, 0, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(content, 0, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(content, 0, GIF87) || startsWith(content, 0, GIF89)) {
            return GIF;
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_MAGIC)) {
            return WEBP;
        }
        return null;
    }

    /** The type named by a content type header ("image/jpg" read as JPEG), or null for any other. */
    public static LogoType declared(String contentType) {
        if (contentType == null) {
            return null;
        }
        String bare = contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        if ("image/jpg".equals(bare) || "image/pjpeg".equals(bare)) {
            return JPEG;
        }
        return Arrays.stream(values()).filter(t -> t.contentType.equals(bare)).findFirst().orElse(null);
    }

    private static boolean startsWith(byte[] content, int offset, byte[] magic) {
        if (content.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

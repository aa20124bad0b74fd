package org.partyregistry.activity.entity;

import java.util.Optional;

/** Rule ACT14: the image formats a photo may have, recognized by their first bytes, never by a declared type. */
public enum PhotoType {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String contentType;

    PhotoType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * Rule ACT14: the format the content really has: JPEG starts FF D8 FF, PNG with its 8-byte signature, WebP is a
     * RIFF container whose form type is "WEBP". Anything else is no photo.
     */
    public static Optional<PhotoType> detect(byte[] data) {
        if (data == null) {
            return Optional.empty();
        }
        if (data.length >= 4 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(data, PNG_SIGNATURE, 0) && data.length > PNG_SIGNATURE.length) {
            return Optional.of(PNG);
        }
        if (data.length >= 16 && startsWith(data, new byte[] {'R', 'I', 'F', 'F'}, 0)
                && startsWith(data, new byte[] {'W', 'E', 'B', 'P'}, 8)
                && startsWith(data, new byte[] {'V', 'P', '8'}, 12)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix, int at) {
        if (data.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package org.partyregistry.brand.entity;

import org.partyregistry.platform.BusinessException;

/** Trimmed short texts with a length limit, required or optional. */
final class Texts {

    private Texts() {
    }

    static String required(String field, String value, int max, String requiredKey) {
        String trimmed = optional(field, value, max);
        if (trimmed == null) {
            throw BusinessException.onField(field, requiredKey);
        }
        return trimmed;
    }

    static String optional(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > max) {
            throw BusinessException.onField(field, "error.tooLong", max);
        }
        return trimmed;
    }
}

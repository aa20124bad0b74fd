package org.partyregistry.platform;

/** The request clashes with existing data (a duplicate key, say). */
public class ConflictException extends BusinessException {

    public ConflictException(String field, String key, Object... args) {
        super(field, key, args);
    }

    @Override
    public int status() {
        return 409;
    }
}

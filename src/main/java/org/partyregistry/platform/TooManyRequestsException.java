package org.partyregistry.platform;

/** The node is busy with as many heavy requests of this kind as it takes; the caller may try again shortly. */
public class TooManyRequestsException extends BusinessException {

    private final int retryAfterSeconds;

    public TooManyRequestsException(int retryAfterSeconds, String key, Object... args) {
        super(key, args);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds the caller should wait before trying again (the {@code Retry-After} header). */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int status() {
        return 429;
    }
}

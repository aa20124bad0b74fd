package org.partyregistry.platform;

/** The caller's role or data scope does not allow this. */
public class ForbiddenException extends BusinessException {

    public ForbiddenException() {
        super("error.forbidden");
    }

    /** A refusal that says more than "not allowed": which right is missing, or what to do instead. */
    public ForbiddenException(String key, Object... args) {
        super(key, args);
    }

    @Override
    public int status() {
        return 403;
    }
}

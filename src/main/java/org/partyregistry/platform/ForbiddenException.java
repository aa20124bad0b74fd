package org.partyregistry.platform;

/** The caller's role or data scope does not allow this. */
public class ForbiddenException extends BusinessException {

    public ForbiddenException() {
        super("error.forbidden");
    }

    @Override
    public int status() {
        return 403;
    }
}

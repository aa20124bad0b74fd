package org.partyregistry.platform;

/** Someone else saved the record after the caller read it; the caller's change is refused, nothing is lost. */
public class StaleVersionException extends BusinessException {

    public StaleVersionException(String entity, Object id) {
        super("error.staleVersion", entity, id);
    }

    @Override
    public int status() {
        return 409;
    }
}

package org.partyregistry.platform;

/** The id names nothing (or nothing the caller may know of). */
public class NotFoundException extends BusinessException {

    public NotFoundException(String entity, Object id) {
        super("error.notFound", entity, id);
    }

    @Override
    public int status() {
        return 404;
    }
}

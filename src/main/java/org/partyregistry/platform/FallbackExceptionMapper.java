package org.partyregistry.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything the specific mappers do not catch: a refusal found anywhere in the cause chain (see {@link Refusal}:
 * a business rule, invalid input, a unique key or column size the database enforced) is a 4xx; anything else is a
 * logged 500 whose body gives nothing away. It never throws: a failure while answering is a bare 500.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception e) {
        try {
            Messages messages = Problem.messagesFor(headers);
            BusinessException refusal = Refusal.find(e);
            if (refusal != null) {
                return Problem.of(refusal, messages);
            }
            int depth = 0;
            for (Throwable cause = e; cause != null && depth++ < 64; cause = cause.getCause()) {
                if (cause instanceof WebApplicationException web && web.getResponse() != null
                        && web.getResponse().getStatus() < 500) {
                    int status = web.getResponse().getStatus();
                    return new Problem(status, Problem.title(status, messages), List.of()).toResponse();
                }
            }
            LOG.log(Level.SEVERE, "Unexpected error in a REST call", e);
            return new Problem(500, messages.get("error.title.500"), List.of()).toResponse();
        } catch (RuntimeException | LinkageError failed) {
            LOG.log(Level.SEVERE, "Could not answer a failed REST call", failed);
            LOG.log(Level.SEVERE, "The failure it was answering", e);
            return Response.serverError().build();
        }
    }
}

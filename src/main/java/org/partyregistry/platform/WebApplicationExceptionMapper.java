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

/** Framework-level errors (unknown path, wrong method, unreadable body) keep their status and get a problem body. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        try {
            Messages messages = Problem.messagesFor(headers);
            BusinessException business = Refusal.business(e);
            if (business != null) {
                return Problem.of(business, messages);
            }
            String detail = status == 400 ? messages.get("error.malformedJson") : Problem.title(status, messages);
            return new Problem(status, Problem.title(status, messages),
                    List.of(new BusinessException.FieldError(null, detail))).toResponse();
        } catch (RuntimeException | LinkageError failed) {
            LOG.log(Level.SEVERE, "Could not answer a failed REST call", failed);
            return Response.status(status).build();
        }
    }
}

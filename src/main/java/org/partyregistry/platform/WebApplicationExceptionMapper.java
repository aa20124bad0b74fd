package org.partyregistry.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Framework-level errors (unknown path, wrong method, unreadable body) keep their status and get a problem body. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        Messages messages = Problem.messagesFor(headers);
        int status = e.getResponse().getStatus();
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof BusinessException)) {
            cause = cause.getCause();
        }
        if (cause instanceof BusinessException business) {
            return new Problem(business.status(), messages.get("error.title." + business.status()),
                    business.fieldErrors(messages)).toResponse();
        }
        String detail = status == 400 ? messages.get("error.malformedJson") : messages.get("error.title." + status);
        return new Problem(status, messages.get("error.title." + status),
                List.of(new BusinessException.FieldError(null, detail))).toResponse();
    }
}

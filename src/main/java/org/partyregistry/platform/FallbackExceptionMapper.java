package org.partyregistry.platform;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything the specific mappers do not catch: a business refusal or unreadable input found anywhere in the cause
 * chain (a body that is not JSON, a date that is not a date) is a 4xx; anything else is a logged 500 whose body
 * gives nothing away.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception e) {
        Messages messages = Problem.messagesFor(headers);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return new Problem(business.status(), messages.get("error.title." + business.status()),
                        business.fieldErrors(messages)).toResponse();
            }
            if (cause instanceof jakarta.validation.ConstraintViolationException violation) {
                return new Problem(400, messages.get("error.title.400"),
                        ConstraintViolationMapper.fieldErrors(violation, messages)).toResponse();
            }
            if (cause instanceof JsonbException || cause instanceof JsonParsingException
                    || cause instanceof DateTimeParseException) {
                return new Problem(400, messages.get("error.title.400"),
                        List.of(new BusinessException.FieldError(null, messages.get("error.malformedJson"))))
                        .toResponse();
            }
            if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
                int status = web.getResponse().getStatus();
                return new Problem(status, messages.get("error.title." + status), List.of()).toResponse();
            }
        }
        LOG.log(Level.SEVERE, "Unexpected error in a REST call", e);
        return new Problem(500, messages.get("error.title.500"), List.of()).toResponse();
    }
}

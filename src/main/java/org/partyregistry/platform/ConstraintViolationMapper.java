package org.partyregistry.platform;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Bean Validation failures on REST input: 400 listing each field with its message in the request's language. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        try {
            BusinessException refusal = Refusal.find(e);
            return Problem.of(refusal == null ? new BusinessException("error.title.400") : refusal,
                    Problem.messagesFor(headers));
        } catch (RuntimeException | LinkageError failed) {
            Logger.getLogger(ConstraintViolationMapper.class.getName()).log(Level.SEVERE,
                    "Could not answer a refused REST call", failed);
            return Response.status(400).build();
        }
    }
}

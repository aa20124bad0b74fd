package org.partyregistry.platform;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Business refusals become 4xx with a problem body (404, 403, 409, 429 or 400 with the field at fault). */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        try {
            return Problem.of(e, Problem.messagesFor(headers));
        } catch (RuntimeException | LinkageError failed) {
            Logger.getLogger(BusinessExceptionMapper.class.getName()).log(Level.SEVERE,
                    "Could not answer a refused REST call", failed);
            return Response.status(e.status()).build();
        }
    }
}

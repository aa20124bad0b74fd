package org.partyregistry.platform;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Business refusals become 4xx with a problem body (404, 403, 409 or 400 with the field at fault). */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        Messages messages = Problem.messagesFor(headers);
        return new Problem(e.status(), messages.get("error.title." + e.status()), e.fieldErrors(messages)).toResponse();
    }
}

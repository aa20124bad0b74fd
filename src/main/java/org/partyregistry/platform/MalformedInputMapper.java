package org.partyregistry.platform;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A body that is not the JSON expected (bad syntax, a date that is not a date): 400, never a 500. */
@Provider
public class MalformedInputMapper implements ExceptionMapper<JsonbException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException e) {
        Messages messages = Problem.messagesFor(headers);
        return new Problem(400, messages.get("error.title.400"),
                List.of(new BusinessException.FieldError(null, messages.get("error.malformedJson")))).toResponse();
    }
}

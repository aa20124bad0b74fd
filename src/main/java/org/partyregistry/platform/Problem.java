package org.partyregistry.platform;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** The JSON body of every REST error: status, a title in the request's language, and the errors per field. */
public record Problem(int status, String title, List<BusinessException.FieldError> errors) {

    public Response toResponse() {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(this).build();
    }

    /** The caller's language from Accept-Language: English when asked for, Chinese otherwise. */
    public static Messages messagesFor(HttpHeaders headers) {
        Locale locale = null;
        if (headers != null) {
            for (Locale candidate : headers.getAcceptableLanguages()) {
                if ("en".equals(candidate.getLanguage()) || "zh".equals(candidate.getLanguage())) {
                    locale = candidate;
                    break;
                }
            }
        }
        return Messages.of(locale);
    }
}

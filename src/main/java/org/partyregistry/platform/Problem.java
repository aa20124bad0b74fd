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

    /** A business refusal: its status, the title in the caller's language, its field errors (and Retry-After). */
    public static Response of(BusinessException e, Messages messages) {
        Response response = new Problem(e.status(), title(e.status(), messages), e.fieldErrors(messages)).toResponse();
        if (e instanceof TooManyRequestsException busy) {
            return Response.fromResponse(response).header("Retry-After", busy.retryAfterSeconds()).build();
        }
        return response;
    }

    /** The title for a status, the status's class (4xx, 5xx) when it has none of its own. */
    public static String title(int status, Messages messages) {
        String key = "error.title." + status;
        String title = messages.get(key);
        if (!title.equals(key)) {
            return title;
        }
        return messages.get(status >= 500 ? "error.title.500" : "error.title.400");
    }

    /**
     * The caller's language from Accept-Language: English when asked for, Chinese otherwise (also when the header
     * cannot be read: an error answer must not fail on it).
     */
    public static Messages messagesFor(HttpHeaders headers) {
        Locale locale = null;
        if (headers != null) {
            try {
                for (Locale candidate : headers.getAcceptableLanguages()) {
                    if ("en".equals(candidate.getLanguage()) || "zh".equals(candidate.getLanguage())) {
                        locale = candidate;
                        break;
                    }
                }
            } catch (RuntimeException unreadable) {
                locale = null;
            }
        }
        return Messages.of(locale);
    }
}

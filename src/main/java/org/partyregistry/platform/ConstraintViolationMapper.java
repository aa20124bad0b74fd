package org.partyregistry.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on REST input: 400 listing each field with its message in the request's language. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final MessageInterpolator INTERPOLATOR =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Messages messages = Problem.messagesFor(headers);
        return new Problem(400, messages.get("error.title.400"), fieldErrors(e, messages)).toResponse();
    }

    /** Each violation as the field at fault and its message in the caller's language (also used by pages). */
    public static List<BusinessException.FieldError> fieldErrors(ConstraintViolationException e, Messages messages) {
        return e.getConstraintViolations().stream()
                .map(v -> new BusinessException.FieldError(leaf(v.getPropertyPath()), message(v, messages)))
                .sorted(Comparator.comparing(BusinessException.FieldError::field))
                .toList();
    }

    private static String message(ConstraintViolation<?> v, Messages messages) {
        String own = messages.violation(v.getMessageTemplate());
        return own != null ? own
                : INTERPOLATOR.interpolate(v.getMessageTemplate(), new ViolationContext(v), messages.locale());
    }

    private static String leaf(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    private record ViolationContext(ConstraintViolation<?> violation) implements MessageInterpolator.Context {
        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new jakarta.validation.ValidationException("unwrap is not supported");
        }
    }
}

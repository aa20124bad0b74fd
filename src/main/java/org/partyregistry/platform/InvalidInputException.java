package org.partyregistry.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bean Validation refused the input (a REST body, or an entity as it is written): one error per field, in the
 * caller's language.
 */
public class InvalidInputException extends BusinessException {

    private static final MessageInterpolator INTERPOLATOR =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    private final transient List<ConstraintViolation<?>> violations;

    public InvalidInputException(Set<? extends ConstraintViolation<?>> violations) {
        super("error.title.400");
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<FieldError> fieldErrors(Messages messages) {
        return violations.stream()
                .map(v -> new FieldError(leaf(v.getPropertyPath()), message(v, messages)))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    /** The application's own text for the constraint (e.g. {@code {text.notPlain}}), else Bean Validation's. */
    private static String message(ConstraintViolation<?> v, Messages messages) {
        String own = messages.violation(v.getMessageTemplate(), v.getConstraintDescriptor() == null ? Map.of()
                : v.getConstraintDescriptor().getAttributes());
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

package org.partyregistry.platform;

import java.util.List;

/**
 * A business rule refused the request. Carries a message key from the {@code i18n} bundle and its arguments, so
 * the same refusal reads in Chinese or English on a page and in a REST problem body. Nothing has been written when
 * it is thrown inside a transactional service method: it is unchecked, so the transaction rolls back.
 */
public class BusinessException extends RuntimeException {

    private final String key;
    private final transient Object[] args;
    private final String field;

    public BusinessException(String key, Object... args) {
        this(null, key, args);
    }

    /** A refusal tied to one input field, reported as that field's error. */
    public static BusinessException onField(String field, String key, Object... args) {
        return new BusinessException(field, key, args);
    }

    protected BusinessException(String field, String key, Object... args) {
        super(key);
        this.field = field;
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The input field at fault, or null when the refusal concerns the request as a whole. */
    public String field() {
        return field;
    }

    /** HTTP status a REST caller receives. */
    public int status() {
        return 400;
    }

    public List<FieldError> fieldErrors(Messages messages) {
        return List.of(new FieldError(field, messages.format(key, args)));
    }

    public record FieldError(String field, String message) {
    }
}

package org.partyregistry.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A name or title is plain text: no control characters (NUL, tab, line breaks, ...), no invisible format
 * characters such as the direction overrides and isolates (U+202A-U+202E, U+2066-U+2069) that make a name read
 * differently from what it is, and no broken surrogate pairs. Null is valid (pair with {@code @NotBlank} when
 * required). On REST inputs and on the entities' name columns, so pages and imports are covered too.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    /** A key of the {@code i18n} bundle, which the REST and page error handling read ({@link Messages#violation}). */
    String message() default "{text.notPlain}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself, for code that validates without Bean Validation. */
    final class Check {

        private Check() {
        }

        /** The index of the first character a plain text may not hold, or -1 when there is none. */
        public static int firstForbidden(CharSequence text) {
            if (text == null) {
                return -1;
            }
            for (int i = 0; i < text.length(); ) {
                int c = Character.codePointAt(text, i);
                int type = Character.getType(c);
                if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                        || c == 0xFFFE || c == 0xFFFF) {
                    return i;
                }
                i += Character.charCount(c);
            }
            return -1;
        }

        public static boolean isPlain(CharSequence text) {
            return firstForbidden(text) < 0;
        }
    }

    class Validator implements ConstraintValidator<PlainText, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return Check.isPlain(value);
        }
    }
}

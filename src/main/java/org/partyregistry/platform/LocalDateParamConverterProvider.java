package org.partyregistry.platform;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Query and path parameters typed {@link LocalDate} read {@code YYYY-MM-DD}, a four-digit year; anything else (also
 * {@code +999999999-01-01}, which no database date holds) is a 400 naming the parameter.
 */
@Provider
public class LocalDateParamConverterProvider implements ParamConverterProvider {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        String name = name(annotations);
        return (ParamConverter<T>) new ParamConverter<LocalDate>() {
            @Override
            public LocalDate fromString(String value) {
                try {
                    return parse(name, value);
                } catch (BusinessException refused) {
                    throw new BadRequestException(refused);
                }
            }

            @Override
            public String toString(LocalDate value) {
                return value == null ? null : value.toString();
            }
        };
    }

    /** {@code YYYY-MM-DD} as a date, null when blank; refused on {@code name} otherwise. */
    static LocalDate parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            if (SHAPE.matcher(trimmed).matches()) {
                return LocalDate.parse(trimmed);
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw BusinessException.onField(name, "error.badDate", value);
    }

    /** The name of the query, path or form parameter, null when it is none of them. */
    static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof FormParam form) {
                return form.value();
            }
        }
        return null;
    }
}

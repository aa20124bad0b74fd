package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LocalDateParamConverterProviderTest {

    @SuppressWarnings("unused")
    void resource(@QueryParam("asOf") LocalDate asOf, @PathParam("date") LocalDate date, LocalDate body) {
    }

    static Annotation[] annotationsOf(int parameter) throws NoSuchMethodException {
        return LocalDateParamConverterProviderTest.class.getDeclaredMethod("resource", LocalDate.class,
                LocalDate.class, LocalDate.class).getParameterAnnotations()[parameter];
    }

    @Test
    @DisplayName("YYYY-MM-DD is read, 0000 and 9999 included; blank is no date")
    void fourDigitYears() {
        assertThat(LocalDateParamConverterProvider.parse("asOf", " 2026-11-28 ")).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(LocalDateParamConverterProvider.parse("asOf", "9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(LocalDateParamConverterProvider.parse("asOf", "0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(LocalDateParamConverterProvider.parse("asOf", " ")).isNull();
    }

    @Test
    @DisplayName("a signed or longer year (+999999999-01-01), an impossible day or a word: 400 on the parameter")
    void othersRefusedOnTheParameter() {
        for (String value : new String[] {"+999999999-01-01", "+10000-01-01", "-0001-01-01", "2021-02-30", "yesterday",
            "２０２６-01-01"}) {
            assertRefused(() -> LocalDateParamConverterProvider.parse("asOf", value), "error.badDate", "asOf");
        }
    }

    @Test
    @DisplayName("the refusal names the query or path parameter; none for anything else")
    void parameterName() throws NoSuchMethodException {
        assertThat(LocalDateParamConverterProvider.name(annotationsOf(0))).isEqualTo("asOf");
        assertThat(LocalDateParamConverterProvider.name(annotationsOf(1))).isEqualTo("date");
        assertThat(LocalDateParamConverterProvider.name(annotationsOf(2))).isNull();
        assertThat(LocalDateParamConverterProvider.name(null)).isNull();
    }
}

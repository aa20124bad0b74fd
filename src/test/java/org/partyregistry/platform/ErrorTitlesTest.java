package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorTitlesTest {

    @ParameterizedTest(name = "error.title.{0}")
    @ValueSource(ints = {400, 401, 403, 404, 405, 406, 409, 413, 415, 500})
    void everyStatusTheApiAnswersHasATitleInBothLanguages(int status) {
        String key = "error.title." + status;
        String chinese = Messages.of(Messages.CHINESE).get(key);
        String english = Messages.of(Locale.ENGLISH).get(key);
        assertThat(chinese).isNotEqualTo(key).isNotBlank();
        assertThat(english).isNotEqualTo(key).isNotBlank().isNotEqualTo(chinese);
    }
}

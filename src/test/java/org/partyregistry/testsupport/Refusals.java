package org.partyregistry.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.partyregistry.platform.BusinessException;

/** Asserts that a call is refused by a business rule with the given message key and field. */
public final class Refusals {

    private Refusals() {
    }

    public static void assertRefused(ThrowingCallable call, String key, String field) {
        assertThatThrownBy(call)
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).key()).as("message key").isEqualTo(key);
                    assertThat(((BusinessException) e).field()).as("field").isEqualTo(field);
                });
    }
}

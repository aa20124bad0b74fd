package org.partyregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginFailureTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 2, 30);

    @Test
    @DisplayName("S5 four failures in a row from one address do not lock; the fifth locks that pair for 15 minutes")
    void fifthFailureLocks() {
        LoginFailure failures = new LoginFailure("wang.li", "192.0.2.7", NOW);
        for (int i = 0; i < 4; i++) {
            assertThat(failures.recordFailure(NOW)).as("failure %d", i + 1).isFalse();
        }
        assertThat(failures.isLocked(NOW)).isFalse();
        assertThat(failures.recordFailure(NOW)).isTrue();
        assertThat(failures.getLockedUntilUtc()).isEqualTo(NOW.plusMinutes(15));
        assertThat(failures.isLocked(NOW.plusMinutes(15).minusNanos(1))).isTrue();
        assertThat(failures.isLocked(NOW.plusMinutes(15))).isFalse();
    }

    @Test
    @DisplayName("S5 attempts while locked neither extend the lock nor count; after it the count starts again")
    void whileLocked() {
        LoginFailure failures = new LoginFailure("wang.li", "192.0.2.7", NOW);
        for (int i = 0; i < 5; i++) {
            failures.recordFailure(NOW);
        }
        assertThat(failures.recordFailure(NOW.plusMinutes(10))).isFalse();
        assertThat(failures.getLockedUntilUtc()).isEqualTo(NOW.plusMinutes(15));
        LocalDateTime later = NOW.plusMinutes(20);
        for (int i = 0; i < 4; i++) {
            assertThat(failures.recordFailure(later)).as("failure %d after the lock", i + 1).isFalse();
        }
        assertThat(failures.isLocked(later)).isFalse();
        assertThat(failures.recordFailure(later)).isTrue();
    }

    @Test
    @DisplayName("S5 failures more than a day old are forgotten")
    void oldFailuresForgotten() {
        LoginFailure failures = new LoginFailure("wang.li", "192.0.2.7", NOW);
        for (int i = 0; i < 4; i++) {
            failures.recordFailure(NOW);
        }
        assertThat(failures.recordFailure(NOW.plusHours(25))).isFalse();
        assertThat(failures.getFailures()).isEqualTo(1);
    }

    @Test
    @DisplayName("S5 the key is cut to the column sizes; a missing address is 'unknown'")
    void keys() {
        assertThat(LoginFailure.key("x".repeat(100))).hasSize(UserAccount.USERNAME_MAX);
        assertThat(LoginFailure.key(null)).isEmpty();
        assertThat(LoginFailure.address(null)).isEqualTo("unknown");
        assertThat(new LoginFailure("a", "f".repeat(80), NOW).getClientAddress()).hasSize(64);
    }
}

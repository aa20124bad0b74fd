package org.partyregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 2, 30);

    static UserAccount staff() {
        return new UserAccount("wang.li", "王丽", "hash", Role.COMMITTEE_STAFF, null, NOW);
    }

    @Test
    @DisplayName("S5 four failed logins in a row do not lock the account")
    void fourFailuresDoNotLock() {
        UserAccount account = staff();
        for (int i = 0; i < 4; i++) {
            assertThat(account.recordFailedLogin(NOW)).isFalse();
        }
        assertThat(account.getFailedLogins()).isEqualTo(4);
        assertThat(account.isLocked(NOW)).isFalse();
        assertThat(account.getLockedUntilUtc()).isNull();
    }

    @Test
    @DisplayName("S5 the fifth failed login locks the account until exactly 15 minutes later")
    void fifthFailureLocks() {
        UserAccount account = staff();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW);
        }
        assertThat(account.recordFailedLogin(NOW)).isTrue();
        assertThat(account.getLockedUntilUtc()).isEqualTo(NOW.plusMinutes(15));
        assertThat(account.isLocked(NOW)).isTrue();
        assertThat(account.isLocked(NOW.plusMinutes(15).minusNanos(1))).isTrue();
        assertThat(account.isLocked(NOW.plusMinutes(15))).isFalse();
        assertThat(account.isLocked(NOW.plusMinutes(16))).isFalse();
    }

    @Test
    @DisplayName("S5 a successful login resets the count of failures")
    void successResetsCount() {
        UserAccount account = staff();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW);
        }
        account.recordSuccessfulLogin();
        assertThat(account.getFailedLogins()).isZero();
        for (int i = 0; i < 4; i++) {
            assertThat(account.recordFailedLogin(NOW)).as("failure %d after the reset", i + 1).isFalse();
        }
        assertThat(account.isLocked(NOW)).isFalse();
        assertThat(account.recordFailedLogin(NOW)).isTrue();
        assertThat(account.isLocked(NOW)).isTrue();
    }

    @Test
    @DisplayName("S5 a successful login (or an unlock) lifts the lock")
    void successClearsLock() {
        UserAccount account = staff();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(NOW);
        }
        assertThat(account.isLocked(NOW.plusMinutes(1))).isTrue();
        account.unlock();
        assertThat(account.isLocked(NOW.plusMinutes(1))).isFalse();
        assertThat(account.getLockedUntilUtc()).isNull();
    }

    @Test
    @DisplayName("S4 a password of 7 characters is refused")
    void passwordTooShort() {
        assertRefused(() -> UserAccount.checkPasswordStrength("abcdef1"), "user.passwordWeak", "password");
    }

    @Test
    @DisplayName("S4 a password without a digit is refused")
    void passwordWithoutDigit() {
        assertRefused(() -> UserAccount.checkPasswordStrength("abcdefgh"), "user.passwordWeak", "password");
    }

    @Test
    @DisplayName("S4 a password without a letter is refused")
    void passwordWithoutLetter() {
        assertRefused(() -> UserAccount.checkPasswordStrength("12345678"), "user.passwordWeak", "password");
        assertRefused(() -> UserAccount.checkPasswordStrength(null), "user.passwordWeak", "password");
    }

    @Test
    @DisplayName("S4 a password of 8 characters with a letter and a digit is accepted")
    void passwordOk() {
        assertThatCode(() -> UserAccount.checkPasswordStrength("abcdefg1")).doesNotThrowAnyException();
        assertThatCode(() -> UserAccount.checkPasswordStrength("1234567a")).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("S6 a secretary account without an organization is refused")
    void secretaryNeedsOrganization() {
        assertRefused(() -> new UserAccount("li.ming", "李明", "hash", Role.BRANCH_SECRETARY, null, NOW),
                "user.organizationRequired", "organizationId");
        UserAccount bound = new UserAccount("li.ming", "李明", "hash", Role.BRANCH_SECRETARY, 42L, NOW);
        assertThat(bound.getOrganizationId()).isEqualTo(42L);
        assertThat(bound.getRole()).isEqualTo(Role.BRANCH_SECRETARY);
    }

    @Test
    @DisplayName("S6 staff and admins are bound to no organization: one given is dropped")
    void nonSecretaryDropsOrganization() {
        assertThat(new UserAccount("zhao", "赵", "hash", Role.COMMITTEE_STAFF, 42L, NOW).getOrganizationId())
                .isNull();
        assertThat(new UserAccount("qian", "钱", "hash", Role.ADMIN, 42L, NOW).getOrganizationId()).isNull();
    }

    @Test
    @DisplayName("S6 reassigning a secretary to another role drops the organization; back to secretary needs one")
    void reassign() {
        UserAccount account = new UserAccount("li.ming", "李明", "hash", Role.BRANCH_SECRETARY, 42L, NOW);
        account.assign(Role.COMMITTEE_STAFF, 42L);
        assertThat(account.getRole()).isEqualTo(Role.COMMITTEE_STAFF);
        assertThat(account.getOrganizationId()).isNull();
        assertRefused(() -> account.assign(Role.BRANCH_SECRETARY, null), "user.organizationRequired",
                "organizationId");
        assertThat(account.getRole()).isEqualTo(Role.COMMITTEE_STAFF);
        assertRefused(() -> account.assign(null, null), "user.roleRequired", "role");
    }

    @Test
    @DisplayName("usernames are 3 to 60 of letters, digits, '.', '_' and '-'; the display name defaults to it")
    void username() {
        assertRefused(() -> new UserAccount("ab", null, "hash", Role.ADMIN, null, NOW), "user.usernameFormat",
                "username");
        assertRefused(() -> new UserAccount("li ming", null, "hash", Role.ADMIN, null, NOW), "user.usernameFormat",
                "username");
        assertRefused(() -> new UserAccount(null, null, "hash", Role.ADMIN, null, NOW), "user.usernameFormat",
                "username");
        UserAccount account = new UserAccount("abc", " ", "hash", Role.ADMIN, null, NOW);
        assertThat(account.getDisplayName()).isEqualTo("abc");
        assertThat(account.isEnabled()).isTrue();
    }
}

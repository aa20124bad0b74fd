package org.partyregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 2, 30);

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

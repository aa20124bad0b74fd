package org.partyregistry.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.PlainText;

/** A person who signs in (rules S4, S6; failed sign-ins are counted in {@link LoginFailure}, rule S5). The password is
 * only ever held as a PBKDF2 hash. */
@Entity
@Table(name = "user_account")
public class UserAccount extends BaseEntity {

    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 100;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,60}");

    @Column(name = "username", nullable = false, length = USERNAME_MAX, unique = true)
    private String username;

    @PlainText
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    /** The organization a secretary is bound to (rule S6); an id, so accounts do not depend on the tree. */
    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at_utc", nullable = false)
    private LocalDateTime createdAtUtc;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Role role,
                       Long organizationId, LocalDateTime nowUtc) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw BusinessException.onField("username", "user.usernameFormat");
        }
        this.username = username;
        this.displayName = checkDisplayName(displayName == null || displayName.isBlank() ? username : displayName);
        this.passwordHash = passwordHash;
        assign(role, organizationId);
        this.enabled = true;
        this.createdAtUtc = nowUtc;
    }

    /** Rule S4, checked before hashing. */
    public static void checkPasswordStrength(String password) {
        if (password == null || password.length() < 8 || password.length() > 128
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw BusinessException.onField("password", "user.passwordWeak");
        }
    }

    private static String checkDisplayName(String name) {
        String trimmed = name.strip();
        if (trimmed.length() > DISPLAY_NAME_MAX) {
            throw BusinessException.onField("displayName", "user.displayNameTooLong", DISPLAY_NAME_MAX);
        }
        return trimmed;
    }

    /** Rule S6: sets the role and the organization it is bound to (the caller checked that it is active). */
    public final void assign(Role newRole, Long newOrganizationId) {
        if (newRole == null) {
            throw BusinessException.onField("role", "user.roleRequired");
        }
        if (newRole == Role.BRANCH_SECRETARY && newOrganizationId == null) {
            throw BusinessException.onField("organizationId", "user.organizationRequired");
        }
        this.organizationId = newRole == Role.BRANCH_SECRETARY ? newOrganizationId : null;
        this.role = newRole;
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public void rename(String newDisplayName) {
        this.displayName = checkDisplayName(newDisplayName == null || newDisplayName.isBlank() ? username
                : newDisplayName);
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public LocalDateTime getCreatedAtUtc() {
        return createdAtUtc;
    }
}

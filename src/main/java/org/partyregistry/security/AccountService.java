package org.partyregistry.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.ConflictException;
import org.partyregistry.platform.Flush;
import org.partyregistry.platform.NotFoundException;

/** Accounts: sign-in with lockout (rule S5) and administration by admins (rules S4, S6). */
@ApplicationScoped
public class AccountService {

    public static final String ADMIN_USERNAME = "admin";

    public enum Outcome { VALID, INVALID, LOCKED }

    public record LoginResult(Outcome outcome, Role role) {
    }

    public record NewUser(String username, String displayName, String password, Role role, Long organizationId) {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    /** Checks a password (rule S5); its own transaction, so a failure is counted even though sign-in fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginResult authenticate(String username, String password) {
        LocalDateTime now = clock.nowUtc();
        UserAccount account = find(username).orElse(null);
        if (account == null || !account.isEnabled()) {
            hasher.verifyNothing(password);
            return new LoginResult(Outcome.INVALID, null);
        }
        if (account.isLocked(now)) {
            return new LoginResult(Outcome.LOCKED, null);
        }
        if (hasher.verify(password, account.getPasswordHash())) {
            if (account.getFailedLogins() > 0 || account.getLockedUntilUtc() != null) {
                account.recordSuccessfulLogin();
            }
            return new LoginResult(Outcome.VALID, account.getRole());
        }
        if (account.recordFailedLogin(now)) {
            audit.record(Scope.SYSTEM, account, "LOCKED", Changes.of().set("lockedUntilUtc",
                    account.getLockedUntilUtc()));
            return new LoginResult(Outcome.LOCKED, null);
        }
        return new LoginResult(Outcome.INVALID, null);
    }

    /** When the account is locked, until when (China time), for the sign-in page's message. */
    @Transactional
    public Optional<LocalDateTime> lockedUntil(String username) {
        LocalDateTime now = clock.nowUtc();
        return find(username).filter(a -> a.isLocked(now))
                .map(a -> ChinaClock.toChinaTime(a.getLockedUntilUtc()));
    }

    @Transactional
    public Optional<Role> activeRole(String username) {
        return find(username).filter(UserAccount::isEnabled).map(UserAccount::getRole);
    }

    @Transactional
    public UserAccount create(Scope caller, NewUser user) {
        caller.requireAdmin();
        UserAccount.checkPasswordStrength(user.password());
        if (user.username() != null && find(user.username()).isPresent()) {
            throw new ConflictException("username", "user.duplicate", user.username());
        }
        UserAccount account = new UserAccount(user.username(), user.displayName(), hasher.hash(user.password()),
                user.role(), organization(user.role(), user.organizationId()), clock.nowUtc());
        em.persist(account);
        Flush.orConflict(em, () -> new ConflictException("username", "user.duplicate", user.username()));
        audit.record(caller.username(), account, "CREATE", Changes.of()
                .set("username", account.getUsername())
                .set("role", account.getRole())
                .set("organizationId", user.organizationId()));
        return account;
    }

    @Transactional
    public UserAccount assign(Scope caller, long userId, long version, Role role, Long organizationId,
                              String displayName) {
        caller.requireAdmin();
        UserAccount account = get(userId);
        account.checkVersion(version);
        Role oldRole = account.getRole();
        Long oldOrg = account.getOrganizationId();
        String oldName = account.getDisplayName();
        if (ADMIN_USERNAME.equals(account.getUsername()) && role != Role.ADMIN) {
            throw BusinessException.onField("role", "user.adminKeepsRole");
        }
        account.assign(role, organization(role, organizationId));
        account.rename(displayName);
        Long newOrg = account.getOrganizationId();
        audit.record(caller.username(), account, "UPDATE", Changes.of()
                .change("role", oldRole, account.getRole())
                .change("organizationId", oldOrg, newOrg)
                .change("displayName", oldName, account.getDisplayName()));
        return account;
    }

    @Transactional
    public void setEnabled(Scope caller, long userId, boolean enabled) {
        caller.requireAdmin();
        UserAccount account = get(userId);
        if (!enabled && account.getUsername().equals(caller.username())) {
            throw new BusinessException("user.cannotDisableSelf");
        }
        boolean old = account.isEnabled();
        account.setEnabled(enabled);
        audit.record(caller.username(), account, enabled ? "ENABLE" : "DISABLE",
                Changes.of().change("enabled", old, enabled));
    }

    @Transactional
    public void resetPassword(Scope caller, long userId, String password) {
        caller.requireAdmin();
        UserAccount.checkPasswordStrength(password);
        UserAccount account = get(userId);
        account.changePasswordHash(hasher.hash(password));
        account.unlock();
        audit.record(caller.username(), account, "RESET_PASSWORD", Changes.of());
    }

    @Transactional
    public void unlock(Scope caller, long userId) {
        caller.requireAdmin();
        UserAccount account = get(userId);
        account.unlock();
        audit.record(caller.username(), account, "UNLOCK", Changes.of());
    }

    @Transactional
    public List<UserAccount> list(Scope caller) {
        caller.requireAdmin();
        return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class)
                .getResultList();
    }

    /**
     * Creates {@code admin} when it does not exist, with the configured password; used at start-up. Returns true
     * when it created the account.
     */
    @Transactional
    public boolean ensureAdmin(String password) {
        if (find(ADMIN_USERNAME).isPresent()) {
            return false;
        }
        UserAccount.checkPasswordStrength(password);
        UserAccount admin = new UserAccount(ADMIN_USERNAME, "管理员", hasher.hash(password), Role.ADMIN, null,
                clock.nowUtc());
        em.persist(admin);
        audit.record(Scope.SYSTEM, admin, "CREATE", Changes.of().set("username", ADMIN_USERNAME)
                .set("role", Role.ADMIN));
        return true;
    }

    @Transactional
    public boolean hasAdmin() {
        return find(ADMIN_USERNAME).isPresent();
    }

    /** Rule S6: a secretary's organization must exist and be active; other roles are bound to none. */
    private Long organization(Role role, Long organizationId) {
        if (role != Role.BRANCH_SECRETARY || organizationId == null) {
            return null;
        }
        List<?> rows = em.createNativeQuery("SELECT status, name FROM organization WHERE id = ?")
                .setParameter(1, organizationId).getResultList();
        if (rows.isEmpty()) {
            throw BusinessException.onField("organizationId", "error.notFound", "Organization", organizationId);
        }
        Object[] row = (Object[]) rows.get(0);
        if (!"ACTIVE".equals(row[0])) {
            throw BusinessException.onField("organizationId", "organization.notActive", row[1]);
        }
        return organizationId;
    }

    /** Active organizations by id and name (in tree order), to bind a secretary to one. */
    @Transactional
    public java.util.Map<Long, String> activeOrganizations() {
        java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
        for (Object row : em.createNativeQuery(
                "SELECT o.id, o.name FROM organization o WHERE o.status = 'ACTIVE' ORDER BY o.path").getResultList()) {
            Object[] pair = (Object[]) row;
            names.put(((Number) pair[0]).longValue(), (String) pair[1]);
        }
        return names;
    }

    /** Names of organizations by id, for showing accounts. */
    @Transactional
    public java.util.Map<Long, String> organizationNames() {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (Object row : em.createNativeQuery("SELECT o.id, o.name FROM organization o WHERE o.id IN "
                + "(SELECT u.organization_id FROM user_account u)").getResultList()) {
            Object[] pair = (Object[]) row;
            names.put(((Number) pair[0]).longValue(), (String) pair[1]);
        }
        return names;
    }

    private UserAccount get(long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new NotFoundException("UserAccount", id);
        }
        return account;
    }

    private Optional<UserAccount> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
    }
}

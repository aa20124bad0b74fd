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

/** Accounts: sign-in with lockout per account and address (rule S5) and administration by admins (rules S4, S6). */
@ApplicationScoped
public class AccountService {

    public static final String ADMIN_USERNAME = "admin";

    public enum Outcome { VALID, INVALID, LOCKED }

    /** The outcome; on success the role and the stored hash the password was verified against. */
    public record LoginResult(Outcome outcome, Role role, String verifiedHash) {
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

    /**
     * Checks a password (rules S4, S5) coming from {@code clientAddress}. Unknown users, wrong passwords and a
     * locked account-and-address pair are answered alike and cost the same: one PBKDF2 verification (against a
     * dummy hash when there is no such enabled account) and one write to the failure count. Its own transaction,
     * so a failure is counted even though sign-in fails. A hash weaker than today's setting is replaced on success.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginResult authenticate(String username, String password, String clientAddress) {
        LocalDateTime now = clock.nowUtc();
        String secret = password == null ? "" : password;
        forgetOldFailures(now);
        UserAccount account = find(username).filter(UserAccount::isEnabled).orElse(null);
        LoginFailure failures = failures(username, clientAddress);
        boolean matches;
        if (account == null) {
            hasher.verifyNothing(secret);
            matches = false;
        } else {
            matches = hasher.verify(secret, account.getPasswordHash());
        }
        boolean locked = failures != null && failures.isLocked(now);
        if (matches && !locked) {
            if (failures != null) {
                em.remove(failures);
            }
            if (hasher.needsRehash(account.getPasswordHash())) {
                account.changePasswordHash(hasher.hash(secret));
            }
            return new LoginResult(Outcome.VALID, account.getRole(), account.getPasswordHash());
        }
        if (failures == null) {
            failures = new LoginFailure(username, clientAddress, now);
            em.persist(failures);
        }
        if (failures.recordFailure(now) && account != null) {
            audit.record(Scope.SYSTEM, account, "LOCKED", Changes.of()
                    .set("clientAddress", failures.getClientAddress())
                    .set("lockedUntilUtc", failures.getLockedUntilUtc()));
        }
        return new LoginResult(locked ? Outcome.LOCKED : Outcome.INVALID, null, null);
    }

    /**
     * A sign-in whose password this node verified moments ago ({@link VerifiedCredentials}): still valid when the
     * account is enabled, its password hash unchanged (a reset on any node ends it) and the pair not locked. One
     * query and no transaction of its own: it runs before every REST call.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Role> stillValid(String username, String verifiedHash, String clientAddress) {
        if (username == null) {
            return Optional.empty();
        }
        LocalDateTime now = clock.nowUtc();
        return em.createQuery("""
                SELECT NEW org.partyregistry.security.AccountCheck(u.role, u.passwordHash, f.lockedUntilUtc)
                FROM UserAccount u LEFT JOIN LoginFailure f ON f.username = :key AND f.clientAddress = :address
                WHERE u.username = :username AND u.enabled = TRUE""", AccountCheck.class)
                .setParameter("username", username)
                .setParameter("key", LoginFailure.key(username))
                .setParameter("address", LoginFailure.address(clientAddress))
                .getResultStream().findFirst()
                .filter(check -> check.passwordHash().equals(verifiedHash) && !check.lockedAt(now))
                .map(AccountCheck::role);
    }

    /** Usernames locked now from at least one address (rule S5), for the accounts list. */
    @Transactional
    public java.util.Set<String> lockedUsernames() {
        return new java.util.HashSet<>(em.createQuery(
                "SELECT DISTINCT f.username FROM LoginFailure f WHERE f.lockedUntilUtc > :now", String.class)
                .setParameter("now", clock.nowUtc()).getResultList());
    }

    private LoginFailure failures(String username, String clientAddress) {
        return em.createQuery("SELECT f FROM LoginFailure f WHERE f.username = :username AND f.clientAddress = :address",
                        LoginFailure.class)
                .setParameter("username", LoginFailure.key(username))
                .setParameter("address", LoginFailure.address(clientAddress))
                .getResultStream().findFirst().orElse(null);
    }

    /** Forgets failures older than a day that lock nothing, so the table stays small. */
    private int forgetOldFailures(LocalDateTime now) {
        return em.createQuery("""
                DELETE FROM LoginFailure f WHERE f.lastFailureUtc < :before
                AND (f.lockedUntilUtc IS NULL OR f.lockedUntilUtc <= :now)""")
                .setParameter("before", now.minusHours(LoginFailure.FORGET_HOURS)).setParameter("now", now)
                .executeUpdate();
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
        int unlocked = clearFailures(account.getUsername());
        audit.record(caller.username(), account, "RESET_PASSWORD", Changes.of().set("unlockedAddresses", unlocked));
    }

    /** Rule S5: an admin lifts the lock (and forgets the failures) from every address; recorded in the audit trail. */
    @Transactional
    public void unlock(Scope caller, long userId) {
        caller.requireAdmin();
        UserAccount account = get(userId);
        int unlocked = clearFailures(account.getUsername());
        audit.record(caller.username(), account, "UNLOCK", Changes.of().set("unlockedAddresses", unlocked));
    }

    private int clearFailures(String username) {
        return em.createQuery("DELETE FROM LoginFailure f WHERE f.username = :username")
                .setParameter("username", username).executeUpdate();
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
        List<OrganizationRef> rows = organizations("WHERE o.id = ?", organizationId);
        if (rows.isEmpty()) {
            throw BusinessException.onField("organizationId", "error.notFound", "Organization", organizationId);
        }
        if (!rows.get(0).isActive()) {
            throw BusinessException.onField("organizationId", "organization.notActive", rows.get(0).name());
        }
        return organizationId;
    }

    /** Active organizations by id and name (in tree order), to bind a secretary to one. */
    @Transactional
    public java.util.Map<Long, String> activeOrganizations() {
        return names(organizations("WHERE o.status = 'ACTIVE' ORDER BY o.path"), new java.util.LinkedHashMap<>());
    }

    /** Names of organizations by id, for showing accounts. */
    @Transactional
    public java.util.Map<Long, String> organizationNames() {
        return names(organizations("WHERE o.id IN (SELECT u.organization_id FROM user_account u)"),
                new java.util.HashMap<>());
    }

    @SuppressWarnings("unchecked")
    private List<OrganizationRef> organizations(String where, Object... parameters) {
        var query = em.createNativeQuery("SELECT o.id AS \"id\", o.name AS \"name\", o.path AS \"path\", "
                + "o.status AS \"status\" FROM organization o " + where, "OrganizationRef");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static java.util.Map<Long, String> names(List<OrganizationRef> organizations,
                                                      java.util.Map<Long, String> names) {
        organizations.forEach(organization -> names.put(organization.id(), organization.name()));
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

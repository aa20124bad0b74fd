package org.partyregistry.security;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.partyregistry.platform.FacesActions;

/** Account administration: create accounts, bind secretaries to organizations, enable, unlock, reset. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    private List<UserResource.UserView> users;
    private Map<Long, String> organizationChoices;

    // new account / edit
    private Long editingId;
    private long editingVersion;
    private String username;
    private String displayName;
    private String password;
    private Role role = Role.BRANCH_SECRETARY;
    private Long organizationId;

    @PostConstruct
    void load() {
        var accountList = accounts.list(currentUser.scope());
        var names = accounts.organizationNames();
        var locked = accounts.lockedUsernames();
        users = accountList.stream()
                .map(u -> UserResource.UserView.of(u, names.get(u.getOrganizationId()), locked)).toList();
    }

    public void startCreate() {
        editingId = null;
        username = null;
        displayName = null;
        password = null;
        role = Role.BRANCH_SECRETARY;
        organizationId = null;
    }

    public void startEdit(UserResource.UserView user) {
        editingId = user.id();
        editingVersion = user.version();
        username = user.username();
        displayName = user.displayName();
        role = user.role();
        organizationId = user.organizationId();
        password = null;
    }

    public void save() {
        boolean done = editingId == null
                ? FacesActions.attempt(() -> accounts.create(currentUser.scope(), new AccountService.NewUser(username,
                        displayName, password, role, organizationId))) != null
                : FacesActions.attempt(() -> accounts.assign(currentUser.scope(), editingId, editingVersion, role,
                        organizationId, displayName)) != null;
        if (done) {
            FacesActions.info("users.saved", username);
            load();
            org.primefaces.PrimeFaces.current().executeScript("PF('userDialog').hide()");
        }
    }

    public void toggleEnabled(UserResource.UserView user) {
        if (FacesActions.attempt(() -> accounts.setEnabled(currentUser.scope(), user.id(), !user.enabled()))) {
            load();
        }
    }

    public void unlock(UserResource.UserView user) {
        if (FacesActions.attempt(() -> accounts.unlock(currentUser.scope(), user.id()))) {
            FacesActions.info("users.unlocked", user.username());
            load();
        }
    }

    public void resetPassword() {
        if (FacesActions.attempt(() -> accounts.resetPassword(currentUser.scope(), editingId, password))) {
            FacesActions.info("users.passwordReset", username);
            password = null;
            load();
            org.primefaces.PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
        }
    }

    /** Active organizations a secretary may be bound to, by id and name. */
    public Map<Long, String> getOrganizationChoices() {
        if (organizationChoices == null) {
            organizationChoices = accounts.activeOrganizations();
        }
        return organizationChoices;
    }

    public List<UserResource.UserView> getUsers() {
        return users;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }
}

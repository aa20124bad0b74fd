package org.partyregistry.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.platform.PlainText;

/** Account administration over REST (ADMIN only, checked in the service). */
@Tag(name = "Users", description = "Accounts (administrators only)")
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    public record UserInput(@NotBlank @Size(max = UserAccount.USERNAME_MAX) String username,
                            @NotBlank String password,
                            @NotNull Role role,
                            Long organizationId,
                            @PlainText @Size(max = UserAccount.DISPLAY_NAME_MAX) String displayName) {
    }

    public record UserView(Long id, String username, String displayName, Role role, Long organizationId,
                           String organization, boolean enabled, boolean locked, long version) implements Serializable {

        static UserView of(UserAccount u, String organization, java.util.Set<String> locked) {
            return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getOrganizationId(),
                    organization, u.isEnabled(), locked.contains(u.getUsername()), u.getVersion());
        }
    }

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @Operation(summary = "Create an account")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400",
            description = "Invalid input; the problem body names each field at fault (a weak password, a secretary "
                    + "without an organization)")
    @APIResponse(responseCode = "403", description = "Not ADMIN")
    @APIResponse(responseCode = "409", description = "Duplicate username")
    @POST
    public Response create(@NotNull @Valid UserInput input) {
        UserAccount account = accounts.create(currentUser.scope(), new AccountService.NewUser(input.username(),
                input.displayName(), input.password(), input.role(), input.organizationId()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(account.getId())).build())
                .entity(UserView.of(account, accounts.organizationNames().get(account.getOrganizationId()),
                        accounts.lockedUsernames())).build();
    }

    @Operation(summary = "Every account")
    @APIResponse(responseCode = "403", description = "Not ADMIN")
    @GET
    public List<UserView> list() {
        var users = accounts.list(currentUser.scope());
        var names = accounts.organizationNames();
        var locked = accounts.lockedUsernames();
        return users.stream().map(u -> UserView.of(u, names.get(u.getOrganizationId()), locked)).toList();
    }

    /** Rule S5: lifts the account's lock from every address; audited. */
    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift the sign-in lock of an account from every client address (audited)")
    @APIResponse(responseCode = "204", description = "Unlocked")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such account")
    public Response unlock(@PathParam("id") long id) {
        accounts.unlock(currentUser.scope(), id);
        return Response.noContent().build();
    }
}

package org.partyregistry.organization.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.organization.control.HistoryEntry;
import org.partyregistry.organization.control.OrganizationRestructuring;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.organization.control.SizeWarning;
import org.partyregistry.organization.control.SizeWarningService;
import org.partyregistry.organization.control.TermService;
import org.partyregistry.organization.control.TermView;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.PlainText;

@Tag(name = "Organizations",
        description = "The organization tree: founding, changes, moves, merges, dissolution, terms of office")
@Path("organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    public record OrganizationInput(@PlainText @NotBlank @Size(max = Organization.NAME_MAX) String name,
                                    @NotNull OrganizationType type,
                                    Long parentId,
                                    @NotNull LocalDate establishedOn,
                                    List<Long> enterpriseIds) {
    }

    public record OrganizationUpdate(@PlainText @Size(min = 1, max = Organization.NAME_MAX) String name, OrganizationType type,
                                     LocalDate establishedOn, @NotNull Long version) {
    }

    public record MoveInput(@NotNull Long parentId, Long version) {
    }

    public record DissolveInput(@NotNull LocalDate on,
                                @NotBlank @Size(max = Organization.REASON_MAX) String reason) {
    }

    public record MergeInput(@NotNull Long targetId, @NotNull LocalDate on) {
    }

    public record EnterprisesInput(@NotNull List<Long> enterpriseIds, LocalDate on) {
    }

    public record TermInput(@NotNull Integer number, @NotNull LocalDate electedOn, Integer years, Integer seats,
                            Integer eligibleVoters, Integer votesCast) {
    }

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationRestructuring restructuring;

    @Inject
    TermService terms;

    @Inject
    SizeWarningService sizeWarnings;

    @Context
    UriInfo uriInfo;

    @Operation(summary = "Found an organization")
    @APIResponse(responseCode = "201", description = "Founded; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403",
            description = "A top organization needs COMMITTEE_STAFF or ADMIN; otherwise the parent is outside the "
                    + "caller's scope")
    @APIResponse(responseCode = "409", description = "An active organization under the same parent has this name")
    @POST
    public Response create(@NotNull @Valid OrganizationInput input) {
        OrganizationView created = organizations.found(new OrganizationService.NewOrganization(input.name(),
                input.type(), input.parentId(), input.establishedOn(), input.enterpriseIds()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @Operation(summary = "The organizations in the caller's scope, parents first")
    @GET
    public List<OrganizationView> list(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return organizations.list(includeInactive);
    }

    @Operation(summary = "Branches grown past 50 members, and organizations past 100, in the caller's scope")
    @GET
    @Path("warnings")
    public List<SizeWarning> warnings() {
        return sizeWarnings.warnings();
    }

    @Operation(summary = "One organization")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Path("{id}")
    public OrganizationView get(@PathParam("id") long id) {
        return organizations.view(id);
    }

    @Operation(summary = "Change name, type or founding date")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @APIResponse(responseCode = "409",
            description = "Stale version: changed by someone else since it was read, or a sibling has the name")
    @PUT
    @Path("{id}")
    public OrganizationView update(@PathParam("id") long id, @NotNull @Valid OrganizationUpdate input) {
        return organizations.update(id, new OrganizationService.Update(input.name(), input.type(),
                input.establishedOn(), input.version()));
    }

    @Operation(summary = "Move an organization with its subtree under another parent")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or the secretary's own organization")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @APIResponse(responseCode = "409",
            description = "Stale version: changed by someone else since it was read, or a sibling under the new "
                    + "parent has the name")
    @POST
    @Path("{id}/move")
    public OrganizationView move(@PathParam("id") long id, @NotNull @Valid MoveInput input) {
        return organizations.move(id, input.parentId(), input.version());
    }

    @Operation(summary = "Dissolve an organization (it is never deleted)")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or the secretary's own organization")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @POST
    @Path("{id}/dissolve")
    public OrganizationView dissolve(@PathParam("id") long id, @NotNull @Valid DissolveInput input) {
        return restructuring.dissolve(id, input.on(), input.reason());
    }

    @Operation(summary = "Merge into another organization of the same type")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or the secretary's own organization")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @APIResponse(responseCode = "409",
            description = "Stale version: changed by someone else since it was read, or a moved sub-organization's "
                    + "name is taken")
    @POST
    @Path("{id}/merge")
    public OrganizationView merge(@PathParam("id") long id, @NotNull @Valid MergeInput input) {
        return restructuring.merge(id, input.targetId(), input.on());
    }

    @Operation(summary = "Re-link the enterprises the organization is formed in, from a date (default today)")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @POST
    @Path("{id}/enterprises")
    public OrganizationView formIn(@PathParam("id") long id, @NotNull @Valid EnterprisesInput input) {
        return organizations.formIn(id, input.enterpriseIds(), input.on());
    }

    @Operation(summary = "The sub-organizations")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Path("{id}/children")
    public List<OrganizationView> children(@PathParam("id") long id) {
        return organizations.children(id);
    }

    @Operation(summary = "The dated history of the organization")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return organizations.history(id);
    }

    @Operation(summary = "The terms of office, latest first")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Path("{id}/terms")
    public List<TermView> terms(@PathParam("id") long id) {
        return terms.terms(id);
    }

    @Operation(summary = "Record a newly elected term of office")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the term")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @POST
    @Path("{id}/terms")
    public Response elect(@PathParam("id") long id, @NotNull @Valid TermInput input) {
        TermView term = terms.elect(id, new TermService.Election(input.number(), input.electedOn(), input.years(),
                input.seats(), input.eligibleVoters(), input.votesCast()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(term.id())).build())
                .entity(term).build();
    }
}

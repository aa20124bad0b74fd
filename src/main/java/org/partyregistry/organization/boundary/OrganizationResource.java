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
import org.partyregistry.organization.control.HistoryEntry;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.organization.control.TermService;
import org.partyregistry.organization.control.TermView;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.PlainText;

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

    public record EnterprisesInput(@NotNull List<Long> enterpriseIds) {
    }

    public record TermInput(@NotNull Integer number, @NotNull LocalDate electedOn, Integer years, Integer seats,
                            Integer eligibleVoters, Integer votesCast) {
    }

    @Inject
    OrganizationService organizations;

    @Inject
    TermService terms;

    @Context
    UriInfo uriInfo;

    @POST
    public Response create(@NotNull @Valid OrganizationInput input) {
        OrganizationView created = organizations.found(new OrganizationService.NewOrganization(input.name(),
                input.type(), input.parentId(), input.establishedOn(), input.enterpriseIds()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    public List<OrganizationView> list(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return organizations.list(includeInactive);
    }

    @GET
    @Path("{id}")
    public OrganizationView get(@PathParam("id") long id) {
        return organizations.view(id);
    }

    @PUT
    @Path("{id}")
    public OrganizationView update(@PathParam("id") long id, @NotNull @Valid OrganizationUpdate input) {
        return organizations.update(id, new OrganizationService.Update(input.name(), input.type(),
                input.establishedOn(), input.version()));
    }

    @POST
    @Path("{id}/move")
    public OrganizationView move(@PathParam("id") long id, @NotNull @Valid MoveInput input) {
        return organizations.move(id, input.parentId(), input.version());
    }

    @POST
    @Path("{id}/dissolve")
    public OrganizationView dissolve(@PathParam("id") long id, @NotNull @Valid DissolveInput input) {
        return organizations.dissolve(id, input.on(), input.reason());
    }

    @POST
    @Path("{id}/merge")
    public OrganizationView merge(@PathParam("id") long id, @NotNull @Valid MergeInput input) {
        return organizations.merge(id, input.targetId(), input.on());
    }

    @POST
    @Path("{id}/enterprises")
    public OrganizationView formIn(@PathParam("id") long id, @NotNull @Valid EnterprisesInput input) {
        return organizations.formIn(id, input.enterpriseIds());
    }

    @GET
    @Path("{id}/children")
    public List<OrganizationView> children(@PathParam("id") long id) {
        return organizations.children(id);
    }

    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return organizations.history(id);
    }

    @GET
    @Path("{id}/terms")
    public List<TermView> terms(@PathParam("id") long id) {
        return terms.terms(id);
    }

    @POST
    @Path("{id}/terms")
    public Response elect(@PathParam("id") long id, @NotNull @Valid TermInput input) {
        TermView term = terms.elect(id, new TermService.Election(input.number(), input.electedOn(), input.years(),
                input.seats(), input.eligibleVoters(), input.votesCast()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(term.id())).build())
                .entity(term).build();
    }
}

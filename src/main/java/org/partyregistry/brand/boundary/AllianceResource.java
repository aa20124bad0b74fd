package org.partyregistry.brand.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.brand.control.AllianceMemberView;
import org.partyregistry.brand.control.AllianceService;
import org.partyregistry.brand.control.AllianceView;
import org.partyregistry.brand.control.JointActivityView;
import org.partyregistry.brand.entity.Alliance;
import org.partyregistry.platform.PlainText;

/** Alliances, their members over time and their joint activities (rules B7-B11). */
@Path("alliances")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllianceResource {

    public record AllianceInput(@PlainText @Size(max = Alliance.NAME_MAX) String name, Long leadOrganizationId,
                                LocalDate foundedOn, @Size(max = Alliance.DESCRIPTION_MAX) String description) {
    }

    public record MemberInput(Long enterpriseId, Long organizationId, LocalDate joinedOn) {
    }

    public record LeaveInput(LocalDate leftOn) {
    }

    public record LinkInput(Long activityId) {
    }

    @Inject
    AllianceService alliances;

    @Context
    UriInfo uriInfo;

    @GET
    public List<AllianceView> list() {
        return alliances.list();
    }

    @POST
    public Response create(@NotNull @Valid AllianceInput in) {
        AllianceView created = alliances.create(new AllianceService.NewAlliance(in.name(), in.leadOrganizationId(),
                in.foundedOn(), in.description()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** The alliance with its members current on {@code asOf} (today by default) counted. */
    @GET
    @Path("{id}")
    public AllianceView get(@PathParam("id") long id, @QueryParam("asOf") LocalDate asOf) {
        return alliances.view(id, asOf);
    }

    /** Every period of membership (the history), or only those current on {@code on}. */
    @GET
    @Path("{id}/members")
    public List<AllianceMemberView> members(@PathParam("id") long id, @QueryParam("on") LocalDate on) {
        return alliances.members(id, on);
    }

    @POST
    @Path("{id}/members")
    public Response join(@PathParam("id") long id, @NotNull MemberInput in) {
        AllianceMemberView member = alliances.join(id, in.enterpriseId(), in.organizationId(), in.joinedOn());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(member.id())).build())
                .entity(member).build();
    }

    @POST
    @Path("{id}/members/{memberId}/leave")
    public AllianceMemberView leave(@PathParam("id") long id, @PathParam("memberId") long memberId,
                                    @NotNull LeaveInput in) {
        return alliances.leave(id, memberId, in.leftOn());
    }

    @GET
    @Path("{id}/activities")
    public List<JointActivityView> activities(@PathParam("id") long id) {
        return alliances.activities(id);
    }

    @POST
    @Path("{id}/activities")
    public Response link(@PathParam("id") long id, @NotNull LinkInput in) {
        JointActivityView joint = alliances.link(id, in.activityId());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(joint.id())).build())
                .entity(joint).build();
    }
}

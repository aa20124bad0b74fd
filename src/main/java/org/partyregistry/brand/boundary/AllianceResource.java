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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.brand.control.AllianceMemberView;
import org.partyregistry.brand.control.AllianceService;
import org.partyregistry.brand.control.AllianceView;
import org.partyregistry.brand.control.JointActivityView;
import org.partyregistry.brand.entity.Alliance;
import org.partyregistry.platform.PlainText;

/** Alliances, their members over time and their joint activities (rules B7-B11). */
@Tag(name = "Alliances", description = "Party-building alliances, their members over time and joint activities")
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

    @Operation(summary = "Every alliance with its current member count")
    @GET
    public List<AllianceView> list() {
        return alliances.list();
    }

    @Operation(summary = "Create an alliance")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Not COMMITTEE_STAFF or ADMIN")
    @APIResponse(responseCode = "404", description = "Unknown lead organization")
    @APIResponse(responseCode = "409", description = "Duplicate name")
    @POST
    public Response create(@NotNull @Valid AllianceInput in) {
        AllianceView created = alliances.create(new AllianceService.NewAlliance(in.name(), in.leadOrganizationId(),
                in.foundedOn(), in.description()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** The alliance with its members current on {@code asOf} (today by default) counted. */
    @Operation(summary = "One alliance with its members current on a date")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "404", description = "Unknown alliance")
    @GET
    @Path("{id}")
    public AllianceView get(@PathParam("id") long id, @QueryParam("asOf") LocalDate asOf) {
        return alliances.view(id, asOf);
    }

    /** Every period of membership (the history), or only those current on {@code on}. */
    @Operation(summary = "The periods of membership, or those current on a date")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "404", description = "Unknown alliance")
    @GET
    @Path("{id}/members")
    public List<AllianceMemberView> members(@PathParam("id") long id, @QueryParam("on") LocalDate on) {
        return alliances.members(id, on);
    }

    @Operation(summary = "An enterprise or an organization joins")
    @APIResponse(responseCode = "201", description = "Joined; Location names the membership")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Not COMMITTEE_STAFF or ADMIN")
    @APIResponse(responseCode = "404", description = "Unknown alliance, enterprise or organization")
    @APIResponse(responseCode = "409", description = "Already a member over an overlapping period")
    @POST
    @Path("{id}/members")
    public Response join(@PathParam("id") long id, @NotNull MemberInput in) {
        AllianceMemberView member = alliances.join(id, in.enterpriseId(), in.organizationId(), in.joinedOn());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(member.id())).build())
                .entity(member).build();
    }

    @Operation(summary = "A member leaves (its last day)")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Not COMMITTEE_STAFF or ADMIN")
    @APIResponse(responseCode = "404", description = "Unknown alliance or membership")
    @POST
    @Path("{id}/members/{memberId}/leave")
    public AllianceMemberView leave(@PathParam("id") long id, @PathParam("memberId") long memberId,
                                    @NotNull LeaveInput in) {
        return alliances.leave(id, memberId, in.leftOn());
    }

    @Operation(summary = "The joint activities, newest first")
    @APIResponse(responseCode = "404", description = "Unknown alliance")
    @GET
    @Path("{id}/activities")
    public List<JointActivityView> activities(@PathParam("id") long id) {
        return alliances.activities(id);
    }

    @Operation(summary = "Make an activity a joint activity of the alliance")
    @APIResponse(responseCode = "201", description = "Linked; Location names it")
    @APIResponse(responseCode = "400",
            description = "Invalid input; the problem body names each field at fault (an activity of no participant "
                    + "on its date)")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown alliance or activity")
    @APIResponse(responseCode = "409", description = "Already linked")
    @POST
    @Path("{id}/activities")
    public Response link(@PathParam("id") long id, @NotNull LinkInput in) {
        JointActivityView joint = alliances.link(id, in.activityId());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(joint.id())).build())
                .entity(joint).build();
    }
}

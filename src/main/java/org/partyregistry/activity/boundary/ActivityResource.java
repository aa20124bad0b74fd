package org.partyregistry.activity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.activity.control.ActivityService;
import org.partyregistry.activity.control.ActivityView;
import org.partyregistry.activity.control.RequirementService;
import org.partyregistry.activity.control.StudySessionService;
import org.partyregistry.activity.entity.Activity;
import org.partyregistry.activity.entity.ActivityRequirement;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;
import org.partyregistry.activity.entity.Roll;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.Problem;
import org.partyregistry.platform.PlainText;

@Tag(name = "Activities", description = "Activities with attendance, validity and the required frequencies")
@Path("activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityResource {

    public record ActivityInput(@NotNull Long organizationId,
                                @NotNull ActivityType type,
                                @PlainText @NotNull @Size(max = Activity.TITLE_MAX) String title,
                                @NotNull LocalDate heldOn,
                                LocalDate endsOn,
                                @Size(max = Activity.LOCATION_MAX) String location,
                                @Size(max = Activity.TOPIC_MAX) String topic,
                                @Size(max = Activity.HOST_MAX) String host,
                                String minutes,
                                Long brandId,
                                List<Long> presentMemberIds,
                                List<Long> excusedMemberIds,
                                List<Long> absentMemberIds,
                                List<StudySessionResource.DayInput> days,
                                Long groupId) {
    }

    public record RequirementView(OrganizationType organizationType, ActivityType activityType,
                                  Frequency frequency) {
    }

    public record FrequencyInput(@NotNull Frequency frequency) {
    }

    @Inject
    ActivityService activities;

    @Inject
    StudySessionService studySessions;

    @Inject
    RequirementService requirements;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    private Locale locale() {
        return Problem.messagesFor(headers).locale();
    }

    @Operation(summary = "Record an activity with its attendance (a study session with attendance per day)")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it; the body says whether it is valid")
    @APIResponse(responseCode = "400",
            description = "Invalid input; the problem body names each field at fault; nothing recorded")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @POST
    public Response record(@NotNull @Valid ActivityInput in) {
        ActivityView created = studySessions.record(new ActivityService.NewActivity(in.organizationId(), in.type(),
                new Activity.Details(in.title(), in.heldOn(), in.endsOn(), in.location(), in.topic(), in.host(),
                        in.minutes(), in.brandId()),
                new Activity.Sheet(in.presentMemberIds(), in.excusedMemberIds(), in.absentMemberIds()), in.groupId()),
                StudySessionResource.days(in.days()), locale());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** Activities of the organization and those below it whose first day lies in {@code from..to}. */
    @Operation(summary = "Activities of an organization and those below it over a period")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    public List<ActivityView> list(@QueryParam("organizationId") @NotNull Long organizationId,
                                   @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                   @QueryParam("type") ActivityType type) {
        return activities.list(organizationId, from, to, type, locale());
    }

    @Operation(summary = "One activity")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @GET
    @Path("{id}")
    public ActivityView get(@PathParam("id") long id) {
        return activities.view(id, locale());
    }

    /** Who may be listed on a date: the organization's members then, and whether each one votes. */
    @Operation(summary = "Who may be listed on a date, and who votes")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Path("roll")
    public List<Roll.Entry> roll(@QueryParam("organizationId") @NotNull Long organizationId,
                                 @QueryParam("on") @NotNull LocalDate on) {
        return activities.roll(organizationId, on);
    }

    /** Rule ACT11: active members not present at any activity in the last 6 months. */
    @Operation(summary = "Active members present at no activity in the last 6 months")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Path("idle-members")
    public List<ActivityService.IdleMember> idleMembers(@QueryParam("organizationId") @NotNull Long organizationId) {
        return activities.idleMembers(organizationId);
    }

    @Operation(summary = "The required frequency of each activity type per organization type")
    @GET
    @Path("requirements")
    public List<RequirementView> requirements() {
        return requirements.requirements().stream().map(ActivityResource::view).toList();
    }

    /** Rule ACT7: staff set how often an organization type must hold an activity type ({@code NONE}: not at all). */
    @Operation(summary = "Set how often an organization type must hold an activity type")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Not COMMITTEE_STAFF or ADMIN")
    @PUT
    @Path("requirements/{organizationType}/{activityType}")
    public RequirementView require(@PathParam("organizationType") OrganizationType organizationType,
                                   @PathParam("activityType") ActivityType activityType,
                                   @NotNull @Valid FrequencyInput in) {
        return new RequirementView(organizationType, activityType,
                requirements.require(organizationType, activityType, in.frequency()));
    }

    private static RequirementView view(ActivityRequirement r) {
        return new RequirementView(r.getOrganizationType(), r.getActivityType(), r.getFrequency());
    }
}

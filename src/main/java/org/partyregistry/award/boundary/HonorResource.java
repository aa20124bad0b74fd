package org.partyregistry.award.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import org.partyregistry.award.control.HonorService;
import org.partyregistry.award.control.HonorView;
import org.partyregistry.award.entity.HonorKind;
import org.partyregistry.award.entity.HonorLevel;
import org.partyregistry.platform.BusinessException;

/** Honors over REST (rules AW10-AW12): nominate → approve → award. Kinds and levels arrive as text (400 if unknown). */
@Tag(name = "Honors", description = "Honors of members and organizations: nominate, approve, award")
@Path("honors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HonorResource {

    public record HonorInput(String kind, String level, Integer year, Long memberId, Long organizationId,
                             String citation) {
    }

    public record AwardInput(LocalDate awardedOn) {
    }

    @Inject
    HonorService honors;

    @Context
    UriInfo uriInfo;

    @Operation(summary = "Honors in the caller's scope, latest first")
    @APIResponse(responseCode = "400", description = "Invalid year")
    @GET
    public List<HonorView> list(@QueryParam("memberId") Long memberId,
                                @QueryParam("organizationId") Long organizationId,
                                @QueryParam("year") String year) {
        return honors.list(memberId, organizationId, year == null || year.isBlank() ? null
                : MedalResource.year(year));
    }

    @Operation(summary = "One honor")
    @APIResponse(responseCode = "404", description = "Unknown honor, or outside the caller's scope")
    @GET
    @Path("{id}")
    public HonorView get(@PathParam("id") long id) {
        return honors.get(id);
    }

    /** {@code {"kind","level","year","memberId"|"organizationId","citation"?}} → 201 + Location. */
    @Operation(summary = "Nominate a member or an organization for an honor")
    @APIResponse(responseCode = "201", description = "Nominated; Location names it")
    @APIResponse(responseCode = "400",
            description = "Invalid input; the problem body names each field at fault (the wrong kind of subject)")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member or organization")
    @APIResponse(responseCode = "409", description = "The same honor twice")
    @POST
    public Response nominate(@NotNull HonorInput in) {
        HonorView created = honors.nominate(new HonorService.Nomination(kind(in.kind()), level(in.level()),
                in.year(), in.memberId(), in.organizationId(), in.citation()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @Operation(summary = "The committee approves a nomination")
    @APIResponse(responseCode = "400", description = "Not a nomination")
    @APIResponse(responseCode = "403", description = "Not COMMITTEE_STAFF or ADMIN")
    @APIResponse(responseCode = "404", description = "Unknown honor")
    @POST
    @Path("{id}/approve")
    public HonorView approve(@PathParam("id") long id) {
        return honors.approve(id);
    }

    /** {@code {"awardedOn"}}. */
    @Operation(summary = "The committee awards an approved honor on a date")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Not COMMITTEE_STAFF or ADMIN")
    @APIResponse(responseCode = "404", description = "Unknown honor")
    @POST
    @Path("{id}/award")
    public HonorView award(@PathParam("id") long id, @NotNull AwardInput in) {
        return honors.award(id, in.awardedOn());
    }

    static HonorKind kind(String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.onField("kind", "honor.kindRequired");
        }
        try {
            return HonorKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.onField("kind", "honor.unknownKind", value.strip());
        }
    }

    static HonorLevel level(String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.onField("level", "honor.levelRequired");
        }
        try {
            return HonorLevel.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.onField("level", "honor.unknownLevel", value.strip());
        }
    }
}

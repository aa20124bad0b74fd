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
import org.partyregistry.award.control.HonorService;
import org.partyregistry.award.control.HonorView;
import org.partyregistry.award.entity.HonorKind;
import org.partyregistry.award.entity.HonorLevel;
import org.partyregistry.platform.BusinessException;

/** Honors over REST (rules AW10-AW12): nominate → approve → award. Kinds and levels arrive as text (400 if unknown). */
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

    @GET
    public List<HonorView> list(@QueryParam("memberId") Long memberId,
                                @QueryParam("organizationId") Long organizationId,
                                @QueryParam("year") String year) {
        return honors.list(memberId, organizationId, year == null || year.isBlank() ? null
                : MedalResource.year(year));
    }

    @GET
    @Path("{id}")
    public HonorView get(@PathParam("id") long id) {
        return honors.get(id);
    }

    /** {@code {"kind","level","year","memberId"|"organizationId","citation"?}} → 201 + Location. */
    @POST
    public Response nominate(@NotNull HonorInput in) {
        HonorView created = honors.nominate(new HonorService.Nomination(kind(in.kind()), level(in.level()),
                in.year(), in.memberId(), in.organizationId(), in.citation()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("{id}/approve")
    public HonorView approve(@PathParam("id") long id) {
        return honors.approve(id);
    }

    /** {@code {"awardedOn"}}. */
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

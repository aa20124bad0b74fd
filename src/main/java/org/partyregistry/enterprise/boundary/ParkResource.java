package org.partyregistry.enterprise.boundary;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.enterprise.control.EnterpriseService;
import org.partyregistry.enterprise.control.ParkView;
import org.partyregistry.enterprise.entity.Park;
import org.partyregistry.platform.PlainText;

@Tag(name = "Parks", description = "The parks of the zone (reference data)")
@Path("parks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParkResource {

    public record ParkInput(@PlainText @NotBlank @Size(max = Park.NAME_MAX) String name) {
    }

    @Inject
    EnterpriseService enterprises;

    @Context
    UriInfo uriInfo;

    @Operation(summary = "Add a park")
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Not COMMITTEE_STAFF or ADMIN")
    @APIResponse(responseCode = "409", description = "Duplicate name")
    @POST
    public Response create(@NotNull @Valid ParkInput input) {
        ParkView park = enterprises.createPark(input.name());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(park.id())).build())
                .entity(park).build();
    }

    @Operation(summary = "Every park")
    @GET
    public List<ParkView> list() {
        return enterprises.parks();
    }
}

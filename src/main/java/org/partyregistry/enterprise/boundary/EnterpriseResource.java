package org.partyregistry.enterprise.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.enterprise.control.CoverageBase;
import org.partyregistry.enterprise.control.EnterpriseRow;
import org.partyregistry.enterprise.control.EnterpriseSearch;
import org.partyregistry.enterprise.control.EnterpriseService;
import org.partyregistry.enterprise.control.EnterpriseView;
import org.partyregistry.enterprise.control.InstructorView;
import org.partyregistry.enterprise.entity.Coverage;
import org.partyregistry.enterprise.entity.Enterprise;
import org.partyregistry.enterprise.entity.InstructorAssignment;
import org.partyregistry.enterprise.entity.InstructorRole;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.PlainText;

@Tag(name = "Enterprises",
        description = "Enterprises, their coverage by party organization and work, instructors and liaisons")
@Path("enterprises")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnterpriseResource {

    public record EnterpriseInput(@PlainText @NotBlank @Size(max = Enterprise.NAME_MAX) String name,
                                  @NotBlank String creditCode,
                                  @NotNull Long parkId,
                                  @NotBlank @Size(max = Enterprise.INDUSTRY_MAX) String industry,
                                  @NotNull @PositiveOrZero Integer employees,
                                  @NotNull LocalDate foundedOn,
                                  LocalDate closedOn,
                                  Long version) {
    }

    public record InstructorInput(@PlainText @NotBlank @Size(max = InstructorAssignment.NAME_MAX) String name,
                                  @NotNull InstructorRole role,
                                  @NotNull LocalDate from,
                                  LocalDate to) {
    }

    public record Page(long total, int page, int size, List<EnterpriseRow> items) {
    }

    @Inject
    EnterpriseService enterprises;

    @Inject
    ChinaClock clock;

    @Context
    UriInfo uriInfo;

    @Operation(summary = "Register an enterprise")
    @APIResponse(responseCode = "201", description = "Registered; Location names it")
    @APIResponse(responseCode = "400",
            description = "Invalid input; the problem body names each field at fault (an invalid GB 32100 credit "
                    + "code, an unknown park)")
    @APIResponse(responseCode = "403", description = "Not COMMITTEE_STAFF or ADMIN")
    @APIResponse(responseCode = "409", description = "Duplicate credit code")
    @POST
    public Response create(@NotNull @Valid EnterpriseInput input) {
        EnterpriseView created = enterprises.create(command(input));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @Operation(summary = "One enterprise with its coverage as of today")
    @APIResponse(responseCode = "404", description = "Unknown enterprise")
    @GET
    @Path("{id}")
    public EnterpriseView get(@PathParam("id") long id) {
        return enterprises.view(id);
    }

    @Operation(summary = "Change an enterprise")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Not COMMITTEE_STAFF or ADMIN")
    @APIResponse(responseCode = "404", description = "Unknown enterprise")
    @APIResponse(responseCode = "409",
            description = "Stale version: changed by someone else since it was read, or duplicate credit code")
    @PUT
    @Path("{id}")
    public EnterpriseView update(@PathParam("id") long id, @NotNull @Valid EnterpriseInput input) {
        return enterprises.update(id, command(input));
    }

    /** Enterprises operating on {@code asOf} (default today), filtered, a page at a time. */
    @Operation(summary = "Operating enterprises on a date, filtered, a page at a time")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @GET
    public Page list(@QueryParam("parkId") Long parkId, @QueryParam("industry") String industry,
                     @QueryParam("coverage") String coverage, @QueryParam("q") String text,
                     @QueryParam("asOf") LocalDate asOf, @QueryParam("base") String base,
                     @QueryParam("page") @DefaultValue("0") int page,
                     @QueryParam("size") @DefaultValue("50") int size) {
        EnterpriseSearch search = new EnterpriseSearch(asOf == null ? clock.today() : asOf, CoverageBase.parse(base), parkId,
                industry, Coverage.parse(coverage), text, false);
        int pageSize = Math.max(1, Math.min(size, 500));
        int pageNumber = Math.max(0, page);
        return new Page(enterprises.count(search), pageNumber, pageSize,
                enterprises.find(search, pageNumber * pageSize, pageSize));
    }

    @Operation(summary = "Assign an instructor or liaison")
    @APIResponse(responseCode = "201", description = "Assigned; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Not COMMITTEE_STAFF or ADMIN")
    @APIResponse(responseCode = "404", description = "Unknown enterprise")
    @POST
    @Path("{id}/instructors")
    public Response assign(@PathParam("id") long id, @NotNull @Valid InstructorInput input) {
        InstructorView created = enterprises.assignInstructor(id, input.name(), input.role(), input.from(),
                input.to());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @Operation(summary = "The instructors and liaisons of an enterprise")
    @APIResponse(responseCode = "404", description = "Unknown enterprise")
    @GET
    @Path("{id}/instructors")
    public List<InstructorView> instructors(@PathParam("id") long id) {
        return enterprises.instructors(id);
    }

    private static EnterpriseService.EnterpriseInput command(EnterpriseInput input) {
        return new EnterpriseService.EnterpriseInput(input.name(), input.creditCode(), input.parkId(),
                input.industry(), input.employees(), input.foundedOn(), input.closedOn(), input.version());
    }
}

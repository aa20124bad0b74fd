package org.partyregistry.member.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.member.control.CommitteeService;
import org.partyregistry.member.control.CommitteeView;

/** Rule M18: the committee of a term, read and replaced whole. */
@Tag(name = "Committees", description = "The committee of a term of office, read and replaced whole")
@Path("terms/{termId}/committee")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeResource {

    /** The whole committee: {@code {"holders":[{"memberId","seat"}]}}. */
    public record CommitteeInput(@NotNull List<CommitteeService.SeatInput> holders) {
    }

    @Inject
    CommitteeService committees;

    @Operation(summary = "The committee of a term")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown term")
    @GET
    public CommitteeView get(@PathParam("termId") long termId) {
        return committees.committee(termId);
    }

    @Operation(summary = "Replace the committee of a term whole")
    @APIResponse(responseCode = "400",
            description = "Invalid input; the problem body names each field at fault; nothing changed")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown term")
    @PUT
    public CommitteeView replace(@PathParam("termId") long termId, @NotNull @Valid CommitteeInput input) {
        return committees.replace(termId, input.holders());
    }
}

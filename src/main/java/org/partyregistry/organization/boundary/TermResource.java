package org.partyregistry.organization.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.organization.control.DueCount;
import org.partyregistry.organization.control.TermService;
import org.partyregistry.organization.control.TermView;
import org.partyregistry.organization.entity.TermExpiryChange;
import org.partyregistry.platform.PlainText;

@Tag(name = "Terms", description = "Terms of office: one term, its expiry changes, and those due for re-election")
@Path("terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermResource {

    /** Rule O14: the new expiry, why, when it was approved, and the version read. */
    public record ExpiryInput(@NotNull LocalDate expiresOn,
                              @NotNull @PlainText @Size(min = 1, max = TermExpiryChange.REASON_MAX) String reason,
                              @NotNull LocalDate approvedOn, @NotNull Long version) {
    }

    @Inject
    TermService terms;

    /**
     * Open terms expiring within {@code within} days (default 180), overdue ones first; all of them, or {@code max}
     * from the {@code first} (0 by default).
     */
    @Operation(summary = "Open terms expiring within N days, overdue ones included; optionally a page of them")
    @APIResponse(responseCode = "400", description = "`within` outside 0..3660, `first` below 0 or `max` below 1")
    @GET
    @Path("due")
    public List<TermView> due(@QueryParam("within") @DefaultValue("180") int within,
                              @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") Integer max) {
        return terms.due(within, first, max);
    }

    /** Rule O8: how many terms {@link #due} lists, and how many of them are overdue. */
    @Operation(summary = "How many open terms expire within N days, and how many of them are overdue")
    @APIResponse(responseCode = "400", description = "`within` outside 0..3660")
    @GET
    @Path("due/count")
    public DueCount dueCount(@QueryParam("within") @DefaultValue("180") int within) {
        return terms.countDue(within);
    }

    @Operation(summary = "One term of office with its version, original expiry and the history of its changes")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown term")
    @GET
    @Path("{termId}")
    public TermView get(@PathParam("termId") long termId) {
        return terms.term(termId);
    }

    @Operation(summary = "Postpone or bring forward an open term's expiry (at most a year), with approval")
    @APIResponse(responseCode = "400",
            description = "Invalid input, a term no longer open, or more than a year from the expiry set at the "
                    + "election")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown term")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @PUT
    @Path("{termId}")
    public TermView changeExpiry(@PathParam("termId") long termId, @NotNull @Valid ExpiryInput input) {
        return terms.changeExpiry(termId, new TermService.ExpiryInput(input.expiresOn(), input.reason(),
                input.approvedOn(), input.version()));
    }
}

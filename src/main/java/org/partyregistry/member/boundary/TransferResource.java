package org.partyregistry.member.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.partyregistry.member.control.TransferService;
import org.partyregistry.member.control.TransferView;
import org.partyregistry.member.entity.Member;

@Tag(name = "Transfers", description = "Transfers of members between organizations, decided by the receiving side")
@Path("transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferResource {

    public record Decision(LocalDate on, @Size(max = Member.REASON_MAX) String reason) {
    }

    @Inject
    TransferService transfers;

    /** Pending transfers in the caller's scope sent at least {@code pendingOver} days ago (default: all pending). */
    @Operation(summary = "Pending transfers in the caller's scope sent at least N days ago")
    @APIResponse(responseCode = "400", description = "`pendingOver` outside 0..3660")
    @GET
    public List<TransferView> pending(@QueryParam("pendingOver") @DefaultValue("0") int pendingOver) {
        return transfers.pending(pendingOver);
    }

    @Operation(summary = "One transfer")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown transfer")
    @GET
    @Path("{id}")
    public TransferView get(@PathParam("id") long id) {
        return transfers.view(id);
    }

    /** The receiving side confirms (date defaults to today). */
    @Operation(summary = "Receive a transfer (the member moves)")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Not the deciding side's scope")
    @APIResponse(responseCode = "404", description = "Unknown transfer")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @POST
    @Path("{id}/receive")
    public TransferView receive(@PathParam("id") long id, @Valid Decision decision) {
        return transfers.receive(id, decision == null ? null : decision.on());
    }

    @Operation(summary = "Refuse a transfer with a reason")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Not the deciding side's scope")
    @APIResponse(responseCode = "404", description = "Unknown transfer")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @POST
    @Path("{id}/refuse")
    public TransferView refuse(@PathParam("id") long id, @Valid Decision decision) {
        return transfers.refuse(id, decision == null ? null : decision.on(), decision == null ? null
                : decision.reason());
    }
}

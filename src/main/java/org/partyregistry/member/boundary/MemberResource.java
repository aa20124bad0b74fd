package org.partyregistry.member.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.partyregistry.member.control.AlertCount;
import org.partyregistry.member.control.GroupPlacementService;
import org.partyregistry.member.control.MemberAlert;
import org.partyregistry.member.control.MemberAlerts;
import org.partyregistry.member.control.MemberLifecycle;
import org.partyregistry.member.control.MemberPage;
import org.partyregistry.member.control.MemberService;
import org.partyregistry.member.control.MemberView;
import org.partyregistry.member.control.TransferService;
import org.partyregistry.member.control.TransferView;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Sex;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.platform.PlainText;

@Tag(name = "Members",
        description = "Members, their lifecycle from application to full membership, status and transfers")
@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    public record MemberInput(@PlainText @NotBlank @Size(max = Member.NAME_MAX) String name,
                              @NotBlank String idNumber,
                              @NotNull Long organizationId,
                              Long enterpriseId,
                              LocalDate birthDate,
                              Sex sex,
                              @Size(max = Member.ETHNICITY_MAX) String ethnicity,
                              @Size(max = Member.EDUCATION_MAX) String education,
                              @Size(max = Member.PHONE_MAX) String phone,
                              LocalDate appliedOn,
                              LocalDate activistOn,
                              LocalDate developmentTargetOn,
                              LocalDate probationaryOn,
                              LocalDate fullOn,
                              LocalDate partyStandingStart,
                              @Size(max = Member.REASON_MAX) String standingStartReason,
                              List<MemberView.Period> suspensions,
                              MemberStatus status,
                              LocalDate statusSince) {
    }

    public record AdvanceInput(@NotNull Stage stage, @NotNull LocalDate on, Long version) {
    }

    public record ExtensionInput(@NotNull Integer months, @NotNull LocalDate on, Long version) {
    }

    public record DatedInput(@NotNull LocalDate on, Long version) {
    }

    public record ReasonedInput(@NotNull LocalDate on, @Size(max = Member.REASON_MAX) String reason, Long version) {
    }

    public record StandingInput(LocalDate partyStandingStart, @Size(max = Member.REASON_MAX) String reason,
                                Long version) {
    }

    public record WorkUnitInput(Long enterpriseId, LocalDate on, Long version) {
    }

    /** Rule M19: the party group to be in from {@code on}; no group takes the member out of theirs. */
    public record GroupInput(Long groupId, @NotNull LocalDate on, Long version) {
    }

    public record TransferInput(Long toOrganizationId, @Size(max = Member.EXTERNAL_MAX) String toExternal,
                                @NotNull LocalDate on) {
    }

    public record Revealed(String idNumber) {
    }

    @Inject
    GroupPlacementService groups;

    @Inject
    MemberService members;

    @Inject
    MemberLifecycle lifecycle;

    @Inject
    MemberAlerts alerts;

    @Inject
    TransferService transfers;

    @Context
    UriInfo uriInfo;

    @Operation(summary = "Register a member with their history")
    @APIResponse(responseCode = "201", description = "Registered; Location names the member")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403",
            description = "Outside the caller's role or data scope (a party standing start of its own needs "
                    + "COMMITTEE_STAFF or ADMIN)")
    @APIResponse(responseCode = "409", description = "Duplicate ID number")
    @POST
    public Response register(@NotNull @Valid MemberInput in) {
        MemberView created = members.register(new MemberService.NewMember(in.name(), in.idNumber(),
                in.organizationId(), in.enterpriseId(), in.birthDate(), in.sex(), in.ethnicity(), in.education(),
                in.phone(), in.appliedOn(), in.activistOn(), in.developmentTargetOn(), in.probationaryOn(),
                in.fullOn(), in.partyStandingStart(), in.standingStartReason(), in.suspensions(), in.status(),
                in.statusSince()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** The roster in the caller's scope, or of one organization and those below it; {@code page} counts from 0. */
    @Operation(summary = "The roster in the caller's scope, a page at a time")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    public MemberPage list(@QueryParam("organizationId") Long organizationId, @QueryParam("q") String q,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("25") int size) {
        return members.list(new MemberService.Query(organizationId, q, page, size));
    }

    /**
     * Probations ending within {@code within} days (default 30) or overdue; lost contact for 6 months. With
     * {@code max}, a page of the same list: at most {@code max} alerts from position {@code first} (default 0).
     */
    @Operation(summary = "Probations due or overdue and members out of contact")
    @APIResponse(responseCode = "400",
            description = "`within` outside 0..366, `first` below 0, `first` without `max`, `max` outside 1..1000")
    @GET
    @Path("alerts")
    public List<MemberAlert> alerts(@QueryParam("within") @DefaultValue("30") int within,
                                    @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        if (first == null && max == null) {
            return alerts.alerts(within);
        }
        return alerts.alerts(within, first == null ? 0 : first, max == null ? 0 : max);
    }

    /** How many alerts of each kind {@link #alerts} lists. */
    @Operation(summary = "The number of probations due, overdue and members out of contact")
    @APIResponse(responseCode = "400", description = "`within` outside 0..366")
    @GET
    @Path("alerts/count")
    public AlertCount alertCount(@QueryParam("within") @DefaultValue("30") int within) {
        return alerts.count(within);
    }

    @Operation(summary = "One member; the ID number masked")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @GET
    @Path("{id}")
    public MemberView get(@PathParam("id") long id) {
        return members.view(id);
    }

    /** The full ID number: COMMITTEE_STAFF and ADMIN only, audited as REVEAL. */
    @Operation(summary = "The full ID number (audited as REVEAL)")
    @APIResponse(responseCode = "403", description = "Not COMMITTEE_STAFF or ADMIN, or outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @POST
    @Path("{id}/reveal")
    public Revealed reveal(@PathParam("id") long id) {
        return new Revealed(members.reveal(id));
    }

    @Operation(summary = "Advance to the next stage on a date")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @POST
    @Path("{id}/advance")
    public MemberView advance(@PathParam("id") long id, @NotNull @Valid AdvanceInput in) {
        return lifecycle.advance(id, in.stage(), in.on(), in.version());
    }

    @Operation(summary = "Extend the probation once, by 6 to 12 months")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @POST
    @Path("{id}/extend-probation")
    public MemberView extendProbation(@PathParam("id") long id, @NotNull @Valid ExtensionInput in) {
        return lifecycle.extendProbation(id, in.months(), in.on(), in.version());
    }

    @Operation(summary = "Cancel the probation (status REMOVED)")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @POST
    @Path("{id}/cancel-probation")
    public MemberView cancelProbation(@PathParam("id") long id, @NotNull @Valid ReasonedInput in) {
        return lifecycle.cancelProbation(id, in.on(), in.reason(), in.version());
    }

    @Operation(summary = "Suspend the member")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @POST
    @Path("{id}/suspend")
    public MemberView suspend(@PathParam("id") long id, @NotNull @Valid DatedInput in) {
        return lifecycle.suspend(id, in.on(), in.version());
    }

    @Operation(summary = "Restore a suspended member")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @POST
    @Path("{id}/restore")
    public MemberView restore(@PathParam("id") long id, @NotNull @Valid DatedInput in) {
        return lifecycle.restore(id, in.on(), in.version());
    }

    @Operation(summary = "Remove the member")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @POST
    @Path("{id}/remove")
    public MemberView remove(@PathParam("id") long id, @NotNull @Valid ReasonedInput in) {
        return lifecycle.remove(id, in.on(), in.reason(), in.version());
    }

    @Operation(summary = "Record the member's death")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @POST
    @Path("{id}/death")
    public MemberView death(@PathParam("id") long id, @NotNull @Valid DatedInput in) {
        return lifecycle.recordDeath(id, in.on(), in.version());
    }

    @Operation(summary = "Correct the start of party standing (staff)")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Not COMMITTEE_STAFF or ADMIN, or outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @PUT
    @Path("{id}/party-standing-start")
    public MemberView correctStandingStart(@PathParam("id") long id, @NotNull @Valid StandingInput in) {
        return lifecycle.correctStandingStart(id, in.partyStandingStart(), in.reason(), in.version());
    }

    /** The work unit: {@code {"enterpriseId": id, "on": date}}, or null for none; {@code on} defaults to today. */
    @Operation(summary = "Change the work unit (an enterprise, or none) from a date (default today)")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @PUT
    @Path("{id}/work-unit")
    public MemberView changeWorkUnit(@PathParam("id") long id, @NotNull @Valid WorkUnitInput in) {
        return lifecycle.changeWorkUnit(id, in.enterpriseId(), in.on(), in.version());
    }

    /** Rule M19: place the member in a party group of their branch, move them, or take them out (no group). */
    @Operation(summary = "Place the member in a party group of their branch from a date, or take them out")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @PUT
    @Path("{id}/group")
    public MemberView placeInGroup(@PathParam("id") long id, @NotNull @Valid GroupInput in) {
        return groups.place(id, in.groupId(), in.on(), in.version());
    }

    @Operation(summary = "The member's transfers, newest first")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @GET
    @Path("{id}/transfers")
    public List<TransferView> transfers(@PathParam("id") long id) {
        return transfers.ofMember(id);
    }

    @Operation(summary = "Send a transfer of the member")
    @APIResponse(responseCode = "201", description = "Sent; Location names the transfer")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @POST
    @Path("{id}/transfers")
    public Response transfer(@PathParam("id") long id, @NotNull @Valid TransferInput in) {
        TransferView sent = transfers.send(id, in.toOrganizationId(), in.toExternal(), in.on());
        return Response.created(uriInfo.getBaseUriBuilder().path("transfers").path(String.valueOf(sent.id()))
                .build()).entity(sent).build();
    }
}

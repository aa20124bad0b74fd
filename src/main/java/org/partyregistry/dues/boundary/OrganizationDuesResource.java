package org.partyregistry.dues.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.dues.control.DuesSheetService;
import org.partyregistry.dues.control.SheetRow;
import org.partyregistry.dues.entity.DuesCategory;
import org.partyregistry.platform.BusinessException;

/** The January flow of an organization (rule D4): its year sheet, proposals entered, all confirmed at once. */
@Tag(name = "Organization dues", description = "The January flow: the year sheet, proposals, confirmation")
@Path("organizations/{id}/dues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationDuesResource {

    public record EntryInput(Long memberId, String category, BigDecimal income) {
    }

    public record EntriesInput(List<EntryInput> entries) {
    }

    public record Confirmed(int confirmed, List<SheetRow> rows) {
    }

    @Inject
    DuesSheetService sheets;

    @Operation(summary = "The year sheet of the organization and those below it")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Path("{year}")
    public List<SheetRow> sheet(@PathParam("id") long id, @PathParam("year") int year) {
        return sheets.sheet(id, year);
    }

    /** Enters members' categories and incomes and proposes their amounts; all or nothing. */
    @Operation(summary = "Enter categories and incomes and propose the amounts, all or nothing")
    @APIResponse(responseCode = "400",
            description = "Invalid input; the problem body names each field at fault; nothing changed")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @POST
    @Path("{year}")
    public List<SheetRow> propose(@PathParam("id") long id, @PathParam("year") int year,
                                  @NotNull EntriesInput in) {
        if (in.entries() == null) {
            throw BusinessException.onField("entries", "dues.entriesRequired");
        }
        List<DuesSheetService.Entry> entries = new ArrayList<>();
        for (int i = 0; i < in.entries().size(); i++) {
            EntryInput entry = in.entries().get(i);
            if (entry == null) {
                throw BusinessException.onField("entries[" + i + "].memberId", "dues.memberRequired");
            }
            DuesCategory category;
            try {
                category = DuesResource.category(entry.category());
            } catch (BusinessException e) {
                throw BusinessException.onField("entries[" + i + "].category", e.key(), e.args());
            }
            entries.add(new DuesSheetService.Entry(entry.memberId(), category, entry.income()));
        }
        return sheets.propose(id, year, entries);
    }

    /** Confirms every proposal of the year at the proposed amount. */
    @Operation(summary = "Confirm every proposal at the proposed amount")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @POST
    @Path("{year}/confirm")
    public Confirmed confirm(@PathParam("id") long id, @PathParam("year") int year) {
        int confirmed = sheets.confirmAll(id, year);
        return new Confirmed(confirmed, sheets.sheet(id, year));
    }
}

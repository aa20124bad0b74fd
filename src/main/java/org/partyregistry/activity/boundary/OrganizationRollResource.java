package org.partyregistry.activity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.activity.control.ActivityService;
import org.partyregistry.activity.entity.Roll;

/**
 * Rules ACT3, ACT17: an organization's roll on a date under the organization's own path; a party group's roll is
 * the members placed in it that day (rule M20). Kept in the activity feature, which owns the roll.
 */
@Tag(name = "Organizations")
@jakarta.ws.rs.Path("organizations/{id}/roll")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationRollResource {

    @Inject
    ActivityService activities;

    @Operation(summary = "Who is on the organization's roll on a date (for a party group: its members then)")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    public List<Roll.Entry> roll(@PathParam("id") long id, @QueryParam("on") @NotNull LocalDate on) {
        return activities.roll(id, on);
    }
}

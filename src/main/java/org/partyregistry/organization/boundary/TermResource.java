package org.partyregistry.organization.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.organization.control.TermService;
import org.partyregistry.organization.control.TermView;

@Tag(name = "Terms", description = "Terms of office due for re-election")
@Path("terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TermResource {

    @Inject
    TermService terms;

    /** Open terms expiring within {@code within} days (default 180), overdue ones first. */
    @Operation(summary = "Open terms expiring within N days, overdue ones included")
    @APIResponse(responseCode = "400", description = "`within` outside 0..3660")
    @GET
    @Path("due")
    public List<TermView> due(@QueryParam("within") @DefaultValue("180") int within) {
        return terms.due(within);
    }
}

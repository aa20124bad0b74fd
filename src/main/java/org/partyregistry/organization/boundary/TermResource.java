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
import org.partyregistry.organization.control.TermService;
import org.partyregistry.organization.control.TermView;

@Path("terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TermResource {

    @Inject
    TermService terms;

    /** Open terms expiring within {@code within} days (default 180), overdue ones first. */
    @GET
    @Path("due")
    public List<TermView> due(@QueryParam("within") @DefaultValue("180") int within) {
        return terms.due(within);
    }
}

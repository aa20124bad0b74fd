package org.partyregistry.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Audit trail", description = "Who changed what and when (administrators only)")
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditQuery audit;

    @Operation(summary = "Audit entries, newest first, filtered and paged")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Not ADMIN")
    @GET
    public List<AuditView> find(@QueryParam("entityType") String entityType, @QueryParam("entityId") Long entityId,
                                @QueryParam("actor") String actor, @QueryParam("action") String action,
                                @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("max") @DefaultValue("200") int max) {
        return audit.find(new AuditQuery.Filter(entityType, entityId, actor, action, from, to), first, max);
    }
}

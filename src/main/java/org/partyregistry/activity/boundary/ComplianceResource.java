package org.partyregistry.activity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.activity.control.ComplianceMatrix;
import org.partyregistry.activity.control.ComplianceService;
import org.partyregistry.activity.control.ComplianceSummaries;
import org.partyregistry.activity.control.KeptRefresh;
import org.partyregistry.activity.control.MatrixWorkbook;
import org.partyregistry.activity.control.ComplianceReport;
import org.partyregistry.activity.control.ComplianceWorkbook;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.Problem;
import org.partyregistry.platform.SummaryCheck;

/** Rules ACT8, ACT10, ACT19: the compliance report of an organization over a period, as JSON or as a workbook. */
@Tag(name = "Compliance", description = "Whether organizations hold their required activities")
@Path("reports/compliance")
@RequestScoped
public class ComplianceResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ComplianceService compliance;

    @Inject
    ComplianceSummaries summaries;

    @Context
    HttpHeaders headers;

    @Operation(summary = "The compliance report of an organization over a period")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ComplianceReport compliance(@QueryParam("organizationId") @NotNull Long organizationId,
                                       @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return compliance.compliance(organizationId, from, to);
    }

    /** Rule ACT10: the organizations in the caller's scope missing something required in the period. */
    @Operation(summary = "The organizations in the caller's scope missing a required activity")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @GET
    @Path("behind")
    @Produces(MediaType.APPLICATION_JSON)
    public Response behind(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                           @QueryParam("after") Long after, @QueryParam("limit") Integer limit) {
        ComplianceService.Page<ComplianceReport> page = compliance.behind(from, to, after, limit);
        Response.ResponseBuilder response = Response.ok(page.items()).header(TOTAL, page.total());
        return (page.next() == null ? response : response.header(NEXT, page.next())).build();
    }

    /** Rule ACT20: how many rows a paged list has in all, and the {@code after} of its next page. */
    public static final String TOTAL = "X-Total-Count";
    public static final String NEXT = "X-Next-After";

    /** Rule ACT20: the tally of activities per organization, type and period against a rebuild. */
    @Operation(summary = "The tally behind the compliance table: its rows and how many differ from a rebuild")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @GET
    @Path("tally")
    @Produces(MediaType.APPLICATION_JSON)
    public SummaryCheck tally() {
        return summaries.tallyCheck();
    }

    /** Rule ACT20: the tally rebuilt from the activities. */
    @Operation(summary = "Rebuild the tally behind the compliance table from the activities")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @POST
    @Path("tally/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    public SummaryCheck rebuildTally() {
        return summaries.rebuildTally();
    }

    /** Rule ACT21: the kept compliance figures per organization and year against the rules from the activities. */
    @Operation(summary = "The kept compliance figures: their rows and how many differ from the activities' figures")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @GET
    @Path("kept")
    @Produces(MediaType.APPLICATION_JSON)
    public SummaryCheck kept() {
        return summaries.keptCheck();
    }

    /** Rule ACT21: the kept compliance figures cleared; the next report of each year computes them again. */
    @Operation(summary = "Clear the kept compliance figures; the next report of each year computes them again")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @POST
    @Path("kept/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    public SummaryCheck rebuildKept() {
        return summaries.rebuildKept();
    }

    /** Rule ACT21: the kept figures of the periods the reports open with brought up to date now. */
    @Operation(summary = "Bring the kept compliance figures of this year, last year and the last quarter up to date "
            + "now, as the scheduled refresh does every five minutes")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @POST
    @Path("kept/refresh")
    @Produces(MediaType.APPLICATION_JSON)
    public KeptRefresh.Refreshed refreshKept() {
        return summaries.refreshKept();
    }

    @Operation(summary = "The compliance report as an Excel workbook")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Path("xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response workbook(@QueryParam("organizationId") @NotNull Long organizationId,
                             @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        ComplianceReport report = compliance.compliance(organizationId, from, to);
        Messages messages = Problem.messagesFor(headers);
        String name = messages.get("compliance.fileName") + "-" + report.from() + "-" + report.to() + ".xlsx";
        return Response.ok(ComplianceWorkbook.write(report, messages), XLSX)
                .header("Content-Disposition", "attachment; filename=\"compliance-" + report.from() + "-"
                        + report.to() + ".xlsx\"; filename*=UTF-8''" + URLEncoder.encode(name,
                        StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    /** Rule ACT19: every organization under the chosen one against every required activity type. */
    @Operation(summary = "The compliance table: every organization under one against every required activity type")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Path("matrix")
    @Produces(MediaType.APPLICATION_JSON)
    public ComplianceMatrix matrix(@QueryParam("organizationId") Long organizationId,
                                   @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                   @QueryParam("behindOnly") boolean behindOnly,
                                   @QueryParam("after") Long after, @QueryParam("limit") Integer limit) {
        return compliance.matrix(organizationId, from, to, behindOnly, after, limit);
    }

    @Operation(summary = "The compliance table as an Excel workbook")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Path("matrix.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response matrixWorkbook(@QueryParam("organizationId") Long organizationId,
                                   @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                   @QueryParam("behindOnly") boolean behindOnly) {
        ComplianceMatrix matrix = compliance.matrix(organizationId, from, to, behindOnly);
        Messages messages = Problem.messagesFor(headers);
        String name = messages.get("matrix.fileName") + "-" + matrix.from() + "-" + matrix.to() + ".xlsx";
        return Response.ok(MatrixWorkbook.write(matrix, messages), XLSX)
                .header("Content-Disposition", "attachment; filename=\"compliance-matrix-" + matrix.from() + "-"
                        + matrix.to() + ".xlsx\"; filename*=UTF-8''" + URLEncoder.encode(name,
                        StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}

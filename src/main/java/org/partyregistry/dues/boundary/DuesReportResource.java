package org.partyregistry.dues.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.dues.control.DuesReport;
import org.partyregistry.dues.control.DuesReportService;
import org.partyregistry.dues.control.DuesStatement;
import org.partyregistry.dues.control.DuesWorkbook;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.Problem;

/** The dues report and yearly statement of an organization and year: aggregate queries only; Excel export. */
@Tag(name = "Dues reports", description = "Dues expected, collected and outstanding per organization and year")
@Path("reports/dues")
@RequestScoped
public class DuesReportResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DuesReportService reports;

    @Context
    HttpHeaders headers;

    @Operation(summary = "The dues report of an organization and year")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DuesReport report(@QueryParam("organizationId") String organizationId, @QueryParam("year") String year) {
        return reports.report(DuesResource.id("organizationId", organizationId), DuesResource.year(year));
    }

    @Operation(summary = "The report with each member's months owed and paid in the year")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Path("statement")
    @Produces(MediaType.APPLICATION_JSON)
    public DuesStatement statement(@QueryParam("organizationId") String organizationId,
                                   @QueryParam("year") String year) {
        return reports.statement(DuesResource.id("organizationId", organizationId), DuesResource.year(year));
    }

    /** The report with the yearly statement as a workbook, in the caller's language. */
    @Operation(summary = "The report and statement as an Excel workbook")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Path("statement.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response workbook(@QueryParam("organizationId") String organizationId, @QueryParam("year") String year) {
        DuesStatement statement = reports.statement(DuesResource.id("organizationId", organizationId),
                DuesResource.year(year));
        Messages messages = Problem.messagesFor(headers);
        return Response.ok(DuesWorkbook.write(statement, messages), XLSX)
                .header("Content-Disposition", disposition(messages, statement.report()))
                .build();
    }

    static String disposition(Messages messages, DuesReport report) {
        String name = messages.get("dues_statement.fileName") + "-" + report.year() + ".xlsx";
        return "attachment; filename=\"dues-" + report.year() + ".xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

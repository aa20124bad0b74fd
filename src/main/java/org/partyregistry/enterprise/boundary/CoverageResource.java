package org.partyregistry.enterprise.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.partyregistry.enterprise.control.CoverageBase;
import org.partyregistry.enterprise.control.CoverageReport;
import org.partyregistry.enterprise.control.CoverageReportService;
import org.partyregistry.enterprise.control.CoverageWorkbook;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.Problem;
import org.partyregistry.platform.SummaryCheck;

@Tag(name = "Coverage report",
        description = "How party organization and work cover the operating enterprises, per park")
@Path("reports")
@RequestScoped
public class CoverageResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CoverageReportService reports;

    @Context
    HttpHeaders headers;

    @Operation(summary = "The coverage report on a date")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @GET
    @Path("coverage")
    @Produces(MediaType.APPLICATION_JSON)
    public CoverageReport coverage(@QueryParam("asOf") LocalDate asOf, @QueryParam("base") String base) {
        return reports.report(asOf, CoverageBase.parse(base));
    }

    /** Rule E11: the coverage periods behind the report against the facts. */
    @Operation(summary = "The coverage periods behind the report: their rows and how many differ from the facts")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @GET
    @Path("coverage/periods")
    @Produces(MediaType.APPLICATION_JSON)
    public SummaryCheck periods() {
        return reports.periodsCheck();
    }

    /** Rule E11: the coverage periods rebuilt from the facts. */
    @Operation(summary = "Rebuild the coverage periods behind the report from the facts")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @POST
    @Path("coverage/periods/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    public SummaryCheck rebuildPeriods() {
        return reports.rebuildPeriods();
    }

    @Operation(summary = "The coverage report as an Excel workbook")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @GET
    @Path("coverage.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response workbook(@QueryParam("asOf") LocalDate asOf, @QueryParam("base") String base) {
        CoverageReport report = reports.report(asOf, CoverageBase.parse(base));
        Messages messages = Problem.messagesFor(headers);
        String name = messages.get("coverage.fileName") + "-" + report.asOf() + ".xlsx";
        return Response.ok(CoverageWorkbook.write(report, messages), XLSX)
                .header("Content-Disposition", "attachment; filename=\"coverage-" + report.asOf()
                        + ".xlsx\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .build();
    }
}

package org.partyregistry.member.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.member.control.MemberImport;
import org.partyregistry.member.control.MemberService;
import org.partyregistry.member.control.MemberWorkbook;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.Problem;

/** The roster workbook over REST: template, export and all-or-nothing import (the same as the pages). */
@Tag(name = "Member workbook",
        description = "The roster as an Excel workbook: import template, export and all-or-nothing import")
@Path("members/workbook")
@RequestScoped
public class MemberWorkbookResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    MemberService members;

    @Inject
    MemberImport importer;

    @Inject
    OrganizationService organizations;

    @Context
    HttpHeaders headers;

    @Operation(summary = "The import template in the request's language")
    @APIResponse(responseCode = "400", description = "`organizationId` missing")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Path("template")
    @Produces(XLSX)
    public Response template(@QueryParam("organizationId") Long organizationId) {
        Messages messages = Problem.messagesFor(headers);
        String name = organizations.view(required(organizationId)).name();
        return download(MemberWorkbook.template(messages, name), messages.get("member_workbook.templateFile"));
    }

    @Operation(summary = "The roster in the template's layout, ID numbers masked")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Produces(XLSX)
    public Response export(@QueryParam("organizationId") Long organizationId, @QueryParam("q") String q) {
        Messages messages = Problem.messagesFor(headers);
        String title = organizationId == null ? messages.get("member_roster.title")
                : organizations.view(organizationId).name() + " " + messages.get("member_roster.title");
        return download(MemberWorkbook.roster(messages, title, members.all(organizationId, q)),
                messages.get("member_roster.fileName"));
    }

    /** Body: the .xlsx file. 200 {@code {"imported","errors":[]}}, or 400 with the errors and nothing imported. */
    @Operation(summary = "Import a roster workbook, all or nothing")
    @APIResponse(responseCode = "200", description = "Imported: {\"imported\",\"errors\":[]}")
    @APIResponse(responseCode = "400",
            description = "Nothing imported: {\"imported\":0,\"errors\":[{\"row\",\"column\",\"message\"}]}")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @POST
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importRoster(@QueryParam("organizationId") Long organizationId, InputStream body) {
        Messages messages = Problem.messagesFor(headers);
        long length = headers.getLength();
        MemberImport.Result result = importer.importRoster(required(organizationId), body,
                length < 0 ? 0 : length, messages, percent -> { });
        return Response.status(result.ok() ? 200 : 400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(result).build();
    }

    private static long required(Long organizationId) {
        if (organizationId == null) {
            throw BusinessException.onField("organizationId", "member.organizationRequired");
        }
        return organizationId;
    }

    private static Response download(byte[] bytes, String fileName) {
        String encoded = java.net.URLEncoder.encode(fileName + ".xlsx", java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Response.ok(bytes, XLSX).header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .build();
    }

}

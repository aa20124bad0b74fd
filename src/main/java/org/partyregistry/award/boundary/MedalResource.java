package org.partyregistry.award.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.award.control.AwardView;
import org.partyregistry.award.control.CertificateData;
import org.partyregistry.award.control.CertificatePdf;
import org.partyregistry.award.control.CjkFont;
import org.partyregistry.award.control.MedalCandidate;
import org.partyregistry.award.control.MedalRoster;
import org.partyregistry.award.control.MedalRosterWorkbook;
import org.partyregistry.award.control.MedalService;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.Problem;

/**
 * The "光荣在党50年" medal over REST (rules AW1-AW9): the year's candidates, the branch's decision, the committee's
 * approval and award, certificates and the ceremony roster. Years arrive as text so that a bad one is a 400.
 */
@Tag(name = "50-year medal",
        description = "The \"光荣在党50年\" medal: candidates, decisions, approval, award, certificates and roster")
@Path("awards/medal50")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MedalResource {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record AwardInput(Long memberId, LocalDate awardedOn, String note) {
    }

    public record ExcludeInput(String reason) {
    }

    @Inject
    MedalService medals;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    /** Rule AW1: {@code [{"memberId","name","partyStandingStart","standingYears", ...}]}. */
    @Operation(summary = "The year's candidates in the caller's scope")
    @APIResponse(responseCode = "400", description = "Missing or invalid year")
    @GET
    @Path("candidates")
    public List<MedalCandidate> candidates(@QueryParam("year") String year) {
        return medals.candidates(year(year));
    }

    /** The year's round: candidates with their state, then decisions on members no longer candidates. */
    @Operation(summary = "The year's round: candidates, then nominations of members no longer candidates")
    @APIResponse(responseCode = "400", description = "Missing or invalid year")
    @GET
    @Path("{year}")
    public List<MedalCandidate> round(@PathParam("year") String year) {
        return medals.round(year(year));
    }

    /** Rule AW4. */
    @Operation(summary = "The branch confirms a candidate")
    @APIResponse(responseCode = "400",
            description = "Invalid input; the problem body names each field at fault (not a candidate)")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "Awarded already")
    @POST
    @Path("{year}/candidates/{memberId}/confirm")
    public MedalCandidate confirm(@PathParam("year") String year, @PathParam("memberId") long memberId) {
        return medals.confirm(year(year), memberId);
    }

    /** Rule AW4: {@code {"reason"}}. */
    @Operation(summary = "The branch excludes a candidate with a reason")
    @APIResponse(responseCode = "400",
            description = "Invalid input; the problem body names each field at fault (not a candidate)")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "Awarded already")
    @POST
    @Path("{year}/candidates/{memberId}/exclude")
    public MedalCandidate exclude(@PathParam("year") String year, @PathParam("memberId") long memberId,
                                  @NotNull ExcludeInput in) {
        return medals.exclude(year(year), memberId, in.reason());
    }

    /** Rule AW5. */
    @Operation(summary = "The committee approves a confirmed candidate")
    @APIResponse(responseCode = "400",
            description = "Invalid input; the problem body names each field at fault (not a candidate, not confirmed)")
    @APIResponse(responseCode = "403", description = "Not COMMITTEE_STAFF or ADMIN, or outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "Awarded already")
    @POST
    @Path("{year}/candidates/{memberId}/approve")
    public MedalCandidate approve(@PathParam("year") String year, @PathParam("memberId") long memberId) {
        return medals.approve(year(year), memberId);
    }

    /** Rules AW6, AW7: {@code {"memberId","awardedOn","note"?}} → 201 + Location of the certificate. */
    @Operation(summary = "Award the medal on the ceremony date")
    @APIResponse(responseCode = "201", description = "Awarded; Location names the certificate")
    @APIResponse(responseCode = "400",
            description = "Invalid input; the problem body names each field at fault (not a candidate); nothing "
                    + "written")
    @APIResponse(responseCode = "403", description = "Not COMMITTEE_STAFF or ADMIN, or outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "Holds the medal already; nothing written")
    @POST
    @Path("{year}/awards")
    public Response award(@PathParam("year") String year, @NotNull AwardInput in) {
        AwardView awarded = medals.award(year(year), in.memberId(), in.awardedOn(), in.note());
        return Response.created(uriInfo.getBaseUriBuilder().path(awarded.certificate().substring("/api/".length()))
                .build()).entity(awarded).build();
    }

    /** Rule AW8: the certificate PDF; 404 for a member who was not awarded the medal that year. */
    @Operation(summary = "The certificate PDF")
    @APIResponse(responseCode = "400", description = "Invalid year")
    @APIResponse(responseCode = "404", description = "Not awarded the medal that year, or outside the caller's scope")
    @APIResponse(responseCode = "503", description = "No usable CJK font to print with")
    @GET
    @Path("{year}/certificates/{memberId}.pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    public Response certificate(@PathParam("year") String year, @PathParam("memberId") long memberId) {
        CertificateData data = medals.certificate(year(year), memberId);
        byte[] pdf = CertificatePdf.write(data, CjkFont.locate());
        return Response.ok(pdf, PDF).header("Content-Disposition", disposition(
                Messages.of(Messages.CHINESE).get("certificate.fileName") + "-" + data.name() + ".pdf",
                "certificate-" + year + "-" + memberId + ".pdf", "inline")).build();
    }

    /** Rule AW9: the year's ceremony roster as a workbook, in the caller's language. */
    @Operation(summary = "The ceremony roster as an Excel workbook")
    @APIResponse(responseCode = "400", description = "Invalid year")
    @GET
    @Path("{year}/roster.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response roster(@PathParam("year") String year) {
        MedalRoster roster = medals.roster(year(year));
        Messages messages = Problem.messagesFor(headers);
        return Response.ok(MedalRosterWorkbook.write(roster, messages), XLSX)
                .header("Content-Disposition", disposition(messages.format("medal_roster.fileName",
                        String.valueOf(roster.year())) + ".xlsx", "medal-roster-" + roster.year() + ".xlsx",
                        "attachment")).build();
    }

    static String disposition(String name, String ascii, String type) {
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static int year(String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.onField("year", "medal.yearRequired");
        }
        if (!value.strip().matches("\\d{4}")) {
            throw BusinessException.onField("year", "medal.yearNotNumber", value.strip());
        }
        return Integer.parseInt(value.strip());
    }
}

package org.partyregistry.activity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.activity.control.StudySessionService;
import org.partyregistry.activity.control.StudyWorkbook;
import org.partyregistry.activity.entity.Activity;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.Problem;

/** Study sessions (rules ACT12, ACT13): attendance per day, the rates and the completion list. */
@Tag(name = "Study sessions", description = "Attendance per day of a study session, the rates and the completion list")
@Path("activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudySessionResource {

    /** One day of a study session as given on create: {@code date} and who was present, excused and absent. */
    public record DayInput(LocalDate date, List<Long> presentMemberIds, List<Long> excusedMemberIds,
                           List<Long> absentMemberIds) {
    }

    /** One day's attendance as given by PUT; {@code version} optional (the activity's, from the last read). */
    public record SheetInput(List<Long> presentMemberIds, List<Long> excusedMemberIds, List<Long> absentMemberIds,
                             Long version) {
    }

    @Inject
    StudySessionService studySessions;

    @Context
    HttpHeaders headers;

    static List<StudySessionService.Day> days(List<DayInput> days) {
        if (days == null) {
            return List.of();
        }
        return days.stream().map(d -> d == null ? null : new StudySessionService.Day(d.date(),
                new Activity.Sheet(d.presentMemberIds(), d.excusedMemberIds(), d.absentMemberIds()))).toList();
    }

    /** Rule ACT12: records (again) one day of a study session; that day's earlier attendance is replaced. */
    @Operation(summary = "Record one day of a study session again (replaces that day)")
    @APIResponse(responseCode = "400",
            description = "Invalid input; the problem body names each field at fault; nothing changed")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @APIResponse(responseCode = "409", description = "Stale version: changed by someone else since it was read")
    @PUT
    @Path("{id}/days/{date}")
    public StudySessionService.AttendanceView recordDay(@PathParam("id") long id, @PathParam("date") LocalDate date,
                                                        @NotNull @Valid SheetInput in) {
        return studySessions.recordDay(id, date, new Activity.Sheet(in.presentMemberIds(), in.excusedMemberIds(),
                in.absentMemberIds()), in.version());
    }

    /** Rule ACT13: attendance per day and per member, the rates and who completes. */
    @Operation(summary = "Attendance per day and per member, the rates and who completes")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @GET
    @Path("{id}/attendance")
    public StudySessionService.AttendanceView attendance(@PathParam("id") long id) {
        return studySessions.attendance(id);
    }

    /** Rule ACT13: the completion list (and every member's attendance) as a workbook. */
    @Operation(summary = "The completion list and every participant's attendance as an Excel workbook")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @GET
    @Path("{id}/completion/xlsx")
    @Produces({ComplianceResource.XLSX, MediaType.APPLICATION_JSON})
    public Response completion(@PathParam("id") long id) {
        StudySessionService.AttendanceView view = studySessions.attendance(id);
        Messages messages = Problem.messagesFor(headers);
        String name = messages.get("study.fileName") + "-" + view.from() + ".xlsx";
        return Response.ok(StudyWorkbook.write(view, messages), ComplianceResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"completion-" + view.activityId()
                        + ".xlsx\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .build();
    }
}

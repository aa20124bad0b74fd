package org.partyregistry.dues.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.dues.control.DuesAssessmentService;
import org.partyregistry.dues.control.DuesPaymentService;
import org.partyregistry.dues.control.DuesYearView;
import org.partyregistry.dues.control.PaymentView;
import org.partyregistry.platform.NotFoundException;

/** A member's dues over REST: the year's amount (rules D4, D5) and payments (rules D6, D7). */
@Tag(name = "Member dues", description = "A member's yearly dues amount and payments")
@Path("members/{id}/dues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberDuesResource {

    /**
     * {@code category} as text so that an unknown one is a 400 naming it; {@code from} ({@code YYYY-MM}) only for a
     * change during a confirmed year.
     */
    public record YearInput(String category, BigDecimal income, BigDecimal monthly, String reason, String from) {
    }

    public record PaymentInput(LocalDate paidOn, List<String> months, BigDecimal amount, String method) {
    }

    @Inject
    DuesAssessmentService assessments;

    @Inject
    DuesPaymentService payments;

    @Context
    UriInfo uriInfo;

    @Operation(summary = "The member's dues years, latest first")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @GET
    public List<DuesYearView> years(@PathParam("id") long id) {
        return assessments.years(id);
    }

    /** Rules D4, D5: confirms the year's amount, or changes it once confirmed. */
    @Operation(summary = "Confirm the year's monthly dues, or change them once confirmed")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @PUT
    @Path("{year}")
    public DuesYearView setYear(@PathParam("id") long id, @PathParam("year") int year, @NotNull YearInput in) {
        return assessments.setYear(id, year, DuesResource.category(in.category()), in.income(), in.monthly(), in.reason(),
                in.from() == null || in.from().isBlank() ? null : DuesResource.month("from", in.from()));
    }

    @Operation(summary = "The member's payments with the months they cover")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @GET
    @Path("payments")
    public List<PaymentView> payments(@PathParam("id") long id) {
        return payments.payments(id);
    }

    @Operation(summary = "One payment")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member or payment")
    @GET
    @Path("payments/{paymentId}")
    public PaymentView payment(@PathParam("id") long id, @PathParam("paymentId") long paymentId) {
        return payments.payments(id).stream().filter(p -> p.id() == paymentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Payment", paymentId));
    }

    /** Rules D6, D7: one or more months at once → 201 + Location. */
    @Operation(summary = "Record a payment of one or more months")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "A month was paid meanwhile")
    @POST
    @Path("payments")
    public Response pay(@PathParam("id") long id, @NotNull PaymentInput in) {
        PaymentView paid = payments.pay(id, in.paidOn(), DuesResource.months(in.months()), in.amount(),
                DuesResource.method(in.method()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(paid.id())).build())
                .entity(paid).build();
    }
}

package org.partyregistry.dues.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.dues.control.ArrearsRow;
import org.partyregistry.dues.control.DuesArrearsService;
import org.partyregistry.dues.control.DuesStandings;
import org.partyregistry.dues.entity.DuesAssessment;
import org.partyregistry.dues.entity.DuesCalculator;
import org.partyregistry.dues.entity.DuesCategory;
import org.partyregistry.dues.entity.PaymentMethod;
import org.partyregistry.platform.BusinessException;

/**
 * Party dues over REST. The query parameters arrive as text and are read here, so that an unknown category or an
 * income that is not a number is a 400 naming the parameter, not the 404 JAX-RS gives a query parameter it cannot
 * convert.
 */
@Tag(name = "Dues", description = "The dues calculator and arrears")
@Path("dues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DuesResource {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,18}");

    @Inject
    DuesArrearsService arrears;

    @Inject
    DuesStandings standings;

    /** Rules D1-D3, D9: the monthly dues for a category and a monthly income, e.g. 5100 in service gives 76.50. */
    @Operation(summary = "The monthly dues for a category and a monthly income")
    @APIResponse(responseCode = "400", description = "Missing or unknown category, or an income that is not a number")
    @GET
    @Path("calculate")
    public DuesAssessment calculate(@QueryParam("category") String category, @QueryParam("income") String income) {
        return DuesCalculator.assess(category(category), amount("income", income));
    }

    /**
     * Rule D8: members 3 months or more behind as of today, of an organization (and below it) or of the caller's
     * whole scope: {@code REMINDER} from 3 months, {@code ALERT} from 6.
     */
    @Operation(summary = "Members 3 or more months in a row unpaid",
            description = "The whole list, or with limit (1-1000) a page by key: longest first, then by memberId; "
                    + "after=unpaidSince,memberId of the last row gives the next page")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @GET
    @Path("arrears")
    public List<ArrearsRow> arrears(@QueryParam("organizationId") String organizationId,
                                    @QueryParam("limit") String limit, @QueryParam("after") String after) {
        Long organization = organizationId == null || organizationId.isBlank() ? null
                : id("organizationId", organizationId);
        if (limit == null || limit.isBlank()) {
            if (after != null && !after.isBlank()) {
                throw BusinessException.onField("limit", "dues.limitRange",
                        String.valueOf(DuesArrearsService.MAX_PAGE));
            }
            return arrears.arrears(organization);
        }
        if (!WHOLE.matcher(limit.strip()).matches() || limit.strip().length() > 4) {
            throw BusinessException.onField("limit", "dues.limitRange", String.valueOf(DuesArrearsService.MAX_PAGE));
        }
        return arrears.page(organization, Integer.parseInt(limit.strip()), after(after));
    }

    /** A page's key: {@code YYYY-MM,memberId}, the {@code unpaidSince} and {@code memberId} of the last row. */
    static DuesArrearsService.After after(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.strip().split(",", -1);
        if (parts.length != 2 || !WHOLE.matcher(parts[1].strip()).matches()) {
            throw BusinessException.onField("after", "dues.afterFormat", value.strip());
        }
        try {
            return new DuesArrearsService.After(month("after", parts[0]), Long.parseLong(parts[1].strip()));
        } catch (BusinessException e) {
            throw BusinessException.onField("after", "dues.afterFormat", value.strip());
        }
    }

    /**
     * Rule D8's summary: compares the dues standing kept current with the facts and rebuilds it from them
     * (administrators; a repair command, also what a test compares).
     */
    @Operation(summary = "Rebuild the dues standing behind the arrears list from the facts")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @POST
    @Path("standing/rebuild")
    public DuesStandings.Rebuilt rebuildStanding() {
        return standings.rebuild();
    }

    static DuesCategory category(String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.onField("category", "dues.categoryRequired");
        }
        try {
            return DuesCategory.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.onField("category", "dues.unknownCategory", value.strip());
        }
    }

    static BigDecimal amount(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.onField(field, "dues.amountRequired");
        }
        if (!DECIMAL.matcher(value.strip()).matches()) {
            throw BusinessException.onField(field, "dues.amountNotNumber", value.strip());
        }
        return new BigDecimal(value.strip());
    }

    static PaymentMethod method(String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.onField("method", "dues.methodRequired");
        }
        try {
            return PaymentMethod.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.onField("method", "dues.unknownMethod", value.strip());
        }
    }

    /** A month as {@code YYYY-MM}. */
    static YearMonth month(String field, String value) {
        String text = value == null ? "" : value.strip();
        try {
            if (MONTH.matcher(text).matches()) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw BusinessException.onField(field, "dues.monthFormat", text);
    }

    static List<YearMonth> months(List<String> values) {
        if (values == null || values.isEmpty()) {
            throw BusinessException.onField("months", "dues.monthsRequired");
        }
        List<YearMonth> months = new ArrayList<>();
        for (String value : values) {
            months.add(month("months", value));
        }
        return months;
    }

    static long id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.onField(field, "dues.valueRequired");
        }
        if (!WHOLE.matcher(value.strip()).matches()) {
            throw BusinessException.onField(field, "dues.notAnId", value.strip());
        }
        return Long.parseLong(value.strip());
    }

    static int year(String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.onField("year", "dues.yearRequired");
        }
        if (!value.strip().matches("\\d{4}")) {
            throw BusinessException.onField("year", "dues.yearNotNumber", value.strip());
        }
        return Integer.parseInt(value.strip());
    }
}

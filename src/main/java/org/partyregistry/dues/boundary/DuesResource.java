package org.partyregistry.dues.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.partyregistry.dues.entity.DuesAssessment;
import org.partyregistry.dues.entity.DuesCalculator;
import org.partyregistry.dues.entity.DuesCategory;
import org.partyregistry.platform.BusinessException;

/**
 * Party dues over REST. The query parameters arrive as text and are read here, so that an unknown category or an
 * income that is not a number is a 400 naming the parameter, not the 404 JAX-RS gives a query parameter it cannot
 * convert.
 */
@Path("dues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DuesResource {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    /** Rules D1-D3, D9: the monthly dues for a category and a monthly income, e.g. 5100 in service gives 76.50. */
    @GET
    @Path("calculate")
    public DuesAssessment calculate(@QueryParam("category") String category, @QueryParam("income") String income) {
        return DuesCalculator.assess(category(category), amount("income", income));
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
}

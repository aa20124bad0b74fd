package org.partyregistry.platform;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failure amounts to for the caller, wherever it surfaced (a REST mapper, a page action): a business refusal
 * anywhere in the cause chain; invalid input (Bean Validation, a body that is not JSON, a date that is not a date);
 * or a write the database refused because of the input, not because of a fault: a unique key (409, the field it
 * concerns, usually two requests racing past the service's own check) or a value over a column's size (400).
 * Anything else is a fault, and null here.
 */
public final class Refusal {

    /** Each unique key of the schema (db/migration) and the input field it concerns. */
    static final Map<String, String> UNIQUE_KEYS = Map.ofEntries(
            Map.entry("uq_park_name", "name"),
            Map.entry("uq_term_number", "number"),
            Map.entry("uq_term_elected_on", "electedOn"),
            Map.entry("uq_user_account_username", "username"),
            Map.entry("uq_enterprise_credit_code", "creditCode"),
            Map.entry("uq_member_id_number_hash", "idNumber"),
            Map.entry("uq_dues_year_member", "year"),
            Map.entry("uq_dues_month_member", "months"),
            Map.entry("pk_activity_attendance", "attendance"),
            Map.entry("pk_activity_tally", "heldOn"),
            Map.entry("pk_coverage_period", "enterpriseId"),
            Map.entry("pk_compliance_kept", "organizationId"),
            Map.entry("pk_scheduled_run", "slot"),
            Map.entry("uq_activity_requirement", "activityType"),
            Map.entry("uq_brand_organization_name", "name"),
            Map.entry("uq_brand_logo_brand", "logo"),
            Map.entry("uq_alliance_name", "name"),
            Map.entry("uq_alliance_activity", "activityId"),
            Map.entry("uq_medal_nomination", "memberId"),
            Map.entry("uq_medal_awarded", "memberId"),
            Map.entry("uq_committee_seat_member", "memberId"),
            // two failed sign-ins of one account from one address at the same moment: the attempt is refused anyway
            Map.entry("uq_login_failure", "username"));

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String STRING_TOO_LONG = "22001";
    private static final String NUMBER_OUT_OF_RANGE = "22003";
    /** H2 names the column ({@code for column "NAME CHARACTER VARYING(50)"}); PostgreSQL does not. */
    private static final Pattern COLUMN = Pattern.compile("column \"([a-z0-9_]+)");
    private static final int MAX_DEPTH = 64;

    private Refusal() {
    }

    /** The refusal the failure amounts to, or null when it is a fault. */
    public static BusinessException find(Throwable failure) {
        BusinessException business = business(failure);
        if (business != null) {
            return business;
        }
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < MAX_DEPTH; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                BusinessException refused = database(sql);
                if (refused != null) {
                    return refused;
                }
            }
        }
        depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < MAX_DEPTH; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException
                    || cause instanceof DateTimeParseException) {
                return new BusinessException("error.malformedJson");
            }
        }
        return null;
    }

    /** A business refusal or Bean Validation failure in the cause chain, or null. */
    public static BusinessException business(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < MAX_DEPTH; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return business;
            }
            if (cause instanceof ConstraintViolationException invalid && invalid.getConstraintViolations() != null
                    && !invalid.getConstraintViolations().isEmpty()) {
                return new InvalidInputException(invalid.getConstraintViolations());
            }
        }
        return null;
    }

    static BusinessException database(SQLException sql) {
        int depth = 0;
        for (SQLException e = sql; e != null && depth++ < MAX_DEPTH; e = e.getNextException()) {
            String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                String field = UNIQUE_KEYS.entrySet().stream().filter(key -> message.contains(key.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                return new ConflictException(field, "error.duplicate");
            }
            if (STRING_TOO_LONG.equals(e.getSQLState()) || NUMBER_OUT_OF_RANGE.equals(e.getSQLState())) {
                Matcher column = COLUMN.matcher(message);
                return BusinessException.onField(column.find() ? camelCase(column.group(1)) : null,
                        "error.outOfRange");
            }
        }
        return null;
    }

    private static String camelCase(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }
}

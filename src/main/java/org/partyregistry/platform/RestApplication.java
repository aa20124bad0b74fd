package org.partyregistry.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}. Payara Micro publishes its OpenAPI document at {@code /openapi}, built from these
 * annotations and those on the resources; {@code docs/api.md} is the integrator's guide.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(
                title = "party-registry REST API",
                version = "0.1.0-SNAPSHOT",
                description = "The register of party organizations, enterprises, members, activities, dues, brands,"
                        + " alliances and honors of a high-tech zone. JSON under /api. Every call needs the HTTP"
                        + " Basic credentials of an account and is limited to its role and data scope. Dates are"
                        + " yyyy-MM-dd; today is today in Asia/Shanghai. Errors have the body"
                        + " {\"status\",\"title\",\"errors\":[{\"field\",\"message\"}]} in the language the"
                        + " Accept-Language header asks for (English, or else Chinese). Guide: docs/api.md."),
        security = @SecurityRequirement(name = RestApplication.BASIC_AUTH))
@SecurityScheme(securitySchemeName = RestApplication.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Username and password of a registry account (role ADMIN, COMMITTEE_STAFF or"
                + " BRANCH_SECRETARY); every request carries them, no session is kept.")
public class RestApplication extends Application {

    /** Name of the HTTP Basic security scheme in the OpenAPI document. */
    public static final String BASIC_AUTH = "basicAuth";
}

package org.partyregistry.brand.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.brand.control.BrandReport;
import org.partyregistry.brand.control.BrandService;
import org.partyregistry.brand.control.BrandView;
import org.partyregistry.brand.control.BrandWorkbook;
import org.partyregistry.brand.entity.Brand;
import org.partyregistry.brand.entity.BrandLogo;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.Problem;
import org.partyregistry.platform.PlainText;

/** Brands (rules B1-B6): reference data every signed-in role reads. */
@Tag(name = "Brands", description = "Party-building brands, their logos and reports")
@Path("brands")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BrandResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record BrandInput(@PlainText @Size(max = Brand.NAME_MAX) String name,
                             @Size(max = Brand.SLOGAN_MAX) String slogan,
                             Long organizationId,
                             LocalDate foundedOn,
                             @Size(max = Brand.DESCRIPTION_MAX) String description,
                             Long version) {
    }

    @Inject
    BrandService brands;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Operation(summary = "Create a brand")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @APIResponse(responseCode = "409", description = "The organization has a brand of this name")
    @POST
    public Response create(@NotNull @Valid BrandInput in) {
        BrandView created = brands.create(new BrandService.NewBrand(in.name(), in.slogan(), in.organizationId(),
                in.foundedOn(), in.description()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @Operation(summary = "Every brand, or those of one organization")
    @GET
    public List<BrandView> list(@QueryParam("organizationId") Long organizationId) {
        return brands.list(organizationId);
    }

    @Operation(summary = "One brand")
    @APIResponse(responseCode = "404", description = "Unknown brand")
    @GET
    @Path("{id}")
    public BrandView get(@PathParam("id") long id) {
        return brands.view(id);
    }

    @Operation(summary = "Change a brand")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem body names each field at fault")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown brand")
    @APIResponse(responseCode = "409",
            description = "Stale version: changed by someone else since it was read, or the organization has a brand "
                    + "of this name")
    @PUT
    @Path("{id}")
    public BrandView update(@PathParam("id") long id, @NotNull @Valid BrandInput in) {
        return brands.update(id, new BrandService.NewBrand(in.name(), in.slogan(), null, in.foundedOn(),
                in.description()), in.version());
    }

    /** Rule B3: the body is the image itself; its content decides its type. */
    @Operation(summary = "Upload the logo; the body is the image")
    @APIResponse(responseCode = "400", description = "Not a PNG, JPEG, GIF or WebP image, or over 1 MB")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown brand")
    @PUT
    @Path("{id}/logo")
    @Consumes(MediaType.WILDCARD)
    public BrandView uploadLogo(@PathParam("id") long id, @HeaderParam("Content-Type") String contentType,
                                InputStream body) {
        return brands.uploadLogo(id, read(body), contentType);
    }

    @Operation(summary = "The logo, served with its type")
    @APIResponse(responseCode = "404", description = "Unknown brand, or no logo")
    @GET
    @Path("{id}/logo")
    @Produces({"image/png", "image/jpeg", "image/gif", "image/webp", MediaType.APPLICATION_JSON})
    public Response logo(@PathParam("id") long id) {
        BrandService.Logo logo = brands.logo(id);
        return Response.ok(logo.content(), logo.type().contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"brand-" + id + "." + logo.type().extension()
                        + "\"")
                .build();
    }

    /** Rule B6: the brand's record over a period. */
    @Operation(summary = "The brand's activities over a period")
    @APIResponse(responseCode = "400",
            description = "Invalid input; the problem body names each field at fault (a period over 10 years)")
    @APIResponse(responseCode = "404", description = "Unknown brand")
    @GET
    @Path("{id}/report")
    public BrandReport report(@PathParam("id") long id, @QueryParam("from") LocalDate from,
                              @QueryParam("to") LocalDate to) {
        return brands.report(id, from, to);
    }

    @Operation(summary = "The brand report as an Excel workbook")
    @APIResponse(responseCode = "400",
            description = "Invalid input; the problem body names each field at fault (a period over 10 years)")
    @APIResponse(responseCode = "404", description = "Unknown brand")
    @GET
    @Path("{id}/report.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response workbook(@PathParam("id") long id, @QueryParam("from") LocalDate from,
                             @QueryParam("to") LocalDate to) {
        BrandReport report = brands.report(id, from, to);
        Messages messages = Problem.messagesFor(headers);
        String name = report.brand() + "-" + report.from() + "-" + report.to() + ".xlsx";
        return Response.ok(BrandWorkbook.write(report, messages), XLSX)
                .header("Content-Disposition", "attachment; filename=\"brand-" + id + "-" + report.from() + "-"
                        + report.to() + ".xlsx\"; filename*=UTF-8''" + URLEncoder.encode(name,
                        StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    /** Reads at most one byte more than a logo may have, so an oversized upload is refused without reading it all. */
    static byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes(BrandLogo.MAX_BYTES + 1);
            if (bytes.length > BrandLogo.MAX_BYTES) {
                throw BusinessException.onField("logo", "brand.logoTooLarge", BrandLogo.MAX_BYTES / 1024);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.partyregistry.activity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partyregistry.activity.control.PhotoService;
import org.partyregistry.activity.entity.ActivityPhoto;
import org.partyregistry.platform.BusinessException;

/**
 * Optional photos of an activity (rule ACT14): the raw image is the request body (any declared type: the content
 * decides), served back with the type its content has.
 */
@Tag(name = "Activity photos", description = "Optional photos of an activity (JPEG, PNG or WebP)")
@Path("activities")
@RequestScoped
public class PhotoResource {

    @Inject
    PhotoService photos;

    @Context
    UriInfo uriInfo;

    @Operation(summary = "Add a photo; the body is the image")
    @APIResponse(responseCode = "201", description = "Stored; Location names it")
    @APIResponse(responseCode = "400",
            description = "Not a JPEG, PNG or WebP image, over 5 MiB, or a tenth photo; nothing stored")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") long id, InputStream body) throws IOException {
        PhotoService.PhotoView photo = photos.add(id, read(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(photo.id())).build())
                .entity(photo).build();
    }

    @Operation(summary = "The photos of an activity, without their bytes")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @GET
    @Path("{id}/photos")
    @Produces(MediaType.APPLICATION_JSON)
    public List<PhotoService.PhotoView> list(@PathParam("id") long id) {
        return photos.list(id);
    }

    @Operation(summary = "One photo's bytes with its content type")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown activity or photo")
    @GET
    @Path("{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_JSON})
    public Response get(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        PhotoService.PhotoContent photo = photos.content(id, photoId);
        return Response.ok(photo.content(), photo.contentType())
                .header("Cache-Control", "private, max-age=86400")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @Operation(summary = "Remove a photo")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Outside the caller's role or data scope")
    @APIResponse(responseCode = "404", description = "Unknown activity or photo")
    @DELETE
    @Path("{id}/photos/{photoId}")
    public Response remove(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        photos.remove(id, photoId);
        return Response.noContent().build();
    }

    /** Reads at most one byte past the limit, so an oversized upload is refused without holding all of it. */
    static byte[] read(InputStream body) throws IOException {
        if (body == null) {
            throw BusinessException.onField("photo", "photo.empty");
        }
        byte[] data = body.readNBytes(ActivityPhoto.MAX_BYTES + 1);
        if (data.length > ActivityPhoto.MAX_BYTES) {
            throw BusinessException.onField("photo", "photo.tooLarge", ActivityPhoto.MAX_BYTES / (1024 * 1024));
        }
        return data;
    }
}

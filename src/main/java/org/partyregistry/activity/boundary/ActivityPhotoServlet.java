package org.partyregistry.activity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.partyregistry.activity.control.PhotoService;
import org.partyregistry.platform.ForbiddenException;
import org.partyregistry.platform.NotFoundException;

/**
 * Serves a photo to the pages (signed in by form, so the Basic-authenticated REST API is not available to an
 * {@code img} tag): {@code /activity/photo?activity=&id=}, checked against the viewer's scope like the API (ACT9).
 */
@WebServlet("/activity/photo")
public class ActivityPhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PhotoService photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long activity;
        long id;
        try {
            activity = Long.parseLong(request.getParameter("activity"));
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        PhotoService.PhotoContent photo;
        try {
            photo = photos.content(activity, id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ForbiddenException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(photo.contentType());
        response.setContentLength(photo.content().length);
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(photo.content());
    }
}

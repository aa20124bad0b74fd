package org.partyregistry.activity.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.partyregistry.activity.control.PhotoService;
import org.partyregistry.activity.entity.ActivityPhoto;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.FacesActions;
import org.primefaces.event.FileUploadEvent;

/** The optional photos of an activity on its page (rule ACT14): upload, view, remove. */
@Named
@ViewScoped
public class PhotoBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PhotoService photos;

    private Long activityId;
    private List<PhotoService.PhotoView> rows = List.of();

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback() || activityId == null) {
            return;
        }
        refresh();
    }

    private void refresh() {
        List<PhotoService.PhotoView> loaded = FacesActions.attempt(() -> photos.list(activityId));
        rows = loaded == null ? List.of() : loaded;
    }

    /** Rule ACT14: the content decides, whatever the browser declared; nothing is stored when refused. */
    public void upload(FileUploadEvent event) {
        byte[] content;
        try (InputStream in = event.getFile().getInputStream()) {
            content = PhotoResource.read(in);
        } catch (BusinessException e) {
            FacesActions.attempt(() -> {
                throw e;
            });
            return;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (FacesActions.attempt(() -> photos.add(activityId, content)) != null) {
            FacesActions.info("photo.added");
        }
        refresh();
    }

    public void remove(long photoId) {
        if (FacesActions.attempt(() -> photos.remove(activityId, photoId))) {
            FacesActions.info("photo.deleted");
        }
        refresh();
    }

    public int getMaxBytes() {
        return ActivityPhoto.MAX_BYTES;
    }

    public boolean isFull() {
        return rows.size() >= ActivityPhoto.MAX_PER_ACTIVITY;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }

    public List<PhotoService.PhotoView> getRows() {
        return rows;
    }
}

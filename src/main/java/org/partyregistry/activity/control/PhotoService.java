package org.partyregistry.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import org.partyregistry.activity.entity.Activity;
import org.partyregistry.activity.entity.ActivityPhoto;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/** Optional photos of activities (rule ACT14), in the caller's scope (rule ACT9), every write audited. */
@ApplicationScoped
public class PhotoService {

    /** A photo without its bytes. */
    public record PhotoView(Long id, Long activityId, String contentType, int size, String uploadedBy,
                            LocalDateTime uploadedAtUtc) implements java.io.Serializable {
    }

    /** A photo's bytes and their type, to serve back. */
    public record PhotoContent(Long id, String contentType, byte[] content) {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    /** Rule ACT14: adds a photo after checking its content, size and the activity's count; nothing stored if refused. */
    @Transactional
    public PhotoView add(long activityId, byte[] content) {
        Scope scope = currentUser.scope();
        Activity activity = activity(activityId);
        scope.requireWrite(activity.getOrganization().getPath());
        long existing = em.createQuery("SELECT COUNT(p) FROM ActivityPhoto p WHERE p.activity = :activity",
                Long.class).setParameter("activity", activity).getSingleResult();
        ActivityPhoto photo = new ActivityPhoto(activity, content, existing, scope.username(), clock.nowUtc());
        em.persist(photo);
        em.flush();
        audit.record(scope.username(), photo, "CREATE", Changes.of()
                .set("activityId", activity.getId())
                .set("type", photo.getType())
                .set("size", photo.getSize()));
        return view(photo);
    }

    /** The photos of an activity, oldest first, without their bytes. */
    @Transactional
    public List<PhotoView> list(long activityId) {
        Activity activity = activity(activityId);
        currentUser.scope().requireRead(activity.getOrganization().getPath());
        return em.createQuery("""
                SELECT NEW org.partyregistry.activity.control.PhotoRow(p.id, p.type, p.size,
                    p.uploadedBy, p.uploadedAtUtc)
                FROM ActivityPhoto p WHERE p.activity = :activity ORDER BY p.id""", PhotoRow.class)
                .setParameter("activity", activity)
                .getResultStream()
                .map(row -> new PhotoView(row.id(), activityId, row.type().contentType(), row.size(),
                        row.uploadedBy(), row.uploadedAtUtc()))
                .toList();
    }

    /** One photo's bytes, with the content type detected when it was stored. */
    @Transactional
    public PhotoContent content(long activityId, long photoId) {
        ActivityPhoto photo = photo(activityId, photoId);
        currentUser.scope().requireRead(photo.getActivity().getOrganization().getPath());
        return new PhotoContent(photo.getId(), photo.getType().contentType(), photo.getContent());
    }

    /** Removes a photo (photos are optional; a wrong one may go). */
    @Transactional
    public void remove(long activityId, long photoId) {
        Scope scope = currentUser.scope();
        ActivityPhoto photo = photo(activityId, photoId);
        scope.requireWrite(photo.getActivity().getOrganization().getPath());
        audit.record(scope.username(), photo, "DELETE", Changes.of()
                .set("activityId", activityId)
                .set("size", photo.getSize()));
        em.remove(photo);
    }

    private ActivityPhoto photo(long activityId, long photoId) {
        ActivityPhoto photo = em.find(ActivityPhoto.class, photoId);
        if (photo == null || !photo.getActivity().getId().equals(activityId)) {
            throw new NotFoundException("ActivityPhoto", photoId);
        }
        return photo;
    }

    private Activity activity(long id) {
        Activity activity = em.find(Activity.class, id);
        if (activity == null) {
            throw new NotFoundException("Activity", id);
        }
        return activity;
    }

    private static PhotoView view(ActivityPhoto photo) {
        return new PhotoView(photo.getId(), photo.getActivity().getId(), photo.getType().contentType(),
                photo.getSize(), photo.getUploadedBy(), photo.getUploadedAtUtc());
    }
}

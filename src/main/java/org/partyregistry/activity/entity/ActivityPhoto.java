package org.partyregistry.activity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Images;
import org.partyregistry.platform.BaseEntity;

/**
 * An optional photo of an activity (rule ACT14), stored in the database with the activity so that every node and
 * every backup has it. Never required: an activity is complete without photos.
 */
@Entity
@Table(name = "activity_photo")
public class ActivityPhoto extends BaseEntity {

    /** Rule ACT14: at most 5 MiB per photo. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Rule ACT14: at most 9 photos per activity. */
    public static final int MAX_PER_ACTIVITY = 9;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false)
    private Activity activity;

    @Enumerated(EnumType.STRING)
    @Column(name = "photo_type", nullable = false, length = 10)
    private PhotoType type;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 50)
    private String uploadedBy;

    @Column(name = "uploaded_at_utc", nullable = false)
    private LocalDateTime uploadedAtUtc;

    protected ActivityPhoto() {
    }

    /**
     * Rule ACT14: a photo of {@code activity}, which already has {@code existing} photos: not empty, at most
     * {@link #MAX_BYTES}, a JPEG or PNG by its content that decodes whole, and at most {@link #MAX_PER_ACTIVITY} per
     * activity. What is stored is the image written anew (no metadata such as the GPS position, nothing appended).
     */
    public ActivityPhoto(Activity activity, byte[] content, long existing, String uploadedBy,
                         LocalDateTime uploadedAtUtc) {
        if (content == null || content.length == 0) {
            throw BusinessException.onField("photo", "photo.empty");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessException.onField("photo", "photo.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        PhotoType detected = PhotoType.detect(content)
                .orElseThrow(() -> BusinessException.onField("photo", "photo.notImage"));
        if (detected == PhotoType.WEBP) {
            // the JDK cannot decode WebP, so it cannot be checked and re-encoded like the others
            throw BusinessException.onField("photo", "photo.webpUnsupported");
        }
        if (existing >= MAX_PER_ACTIVITY) {
            throw BusinessException.onField("photo", "photo.tooMany", MAX_PER_ACTIVITY);
        }
        Images.Encoded clean = Images.reencode(content, detected == PhotoType.JPEG ? "jpeg" : "png")
                .orElseThrow(() -> BusinessException.onField("photo", "photo.damaged"));
        this.type = "jpeg".equals(clean.format()) ? PhotoType.JPEG : PhotoType.PNG;
        this.activity = activity;
        this.content = clean.content();
        this.size = clean.content().length;
        this.uploadedBy = uploadedBy;
        this.uploadedAtUtc = uploadedAtUtc;
    }

    public Activity getActivity() {
        return activity;
    }

    public PhotoType getType() {
        return type;
    }

    public int getSize() {
        return size;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAtUtc() {
        return uploadedAtUtc;
    }
}

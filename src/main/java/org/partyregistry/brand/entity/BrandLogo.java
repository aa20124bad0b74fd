package org.partyregistry.brand.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Images;
import org.partyregistry.platform.BaseEntity;

/** A brand's logo image, checked by its content and size (rule B3), kept apart from the brand row. */
@Entity
@Table(name = "brand_logo")
public class BrandLogo extends BaseEntity {

    /** 1 MB. */
    public static final int MAX_BYTES = 1024 * 1024;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "brand_id", nullable = false, unique = true)
    private Brand brand;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false, length = 20)
    private LogoType type;

    @Column(name = "byte_size", nullable = false)
    private int size;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected BrandLogo() {
    }

    public BrandLogo(Brand brand, byte[] content, String declaredType) {
        this.brand = brand;
        replace(content, declaredType);
    }

    /**
     * Rule B3: a new image for the same brand, stored as written anew after a full decode (a GIF becomes a PNG;
     * metadata and anything appended are dropped).
     */
    public void replace(byte[] content, String declaredType) {
        LogoType checked = check(content, declaredType);
        Images.Encoded clean = Images.reencode(content, checked == LogoType.JPEG ? "jpeg"
                        : checked == LogoType.GIF ? "gif" : "png")
                .orElseThrow(() -> BusinessException.onField("logo", "brand.logoDamaged"));
        this.type = "jpeg".equals(clean.format()) ? LogoType.JPEG : LogoType.PNG;
        this.content = clean.content();
        this.size = clean.content().length;
    }

    /** Rule B3: the type the content shows, when it is an accepted image of an accepted size. */
    public static LogoType check(byte[] content, String declaredType) {
        if (content == null || content.length == 0) {
            throw BusinessException.onField("logo", "brand.logoEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessException.onField("logo", "brand.logoTooLarge", MAX_BYTES / 1024);
        }
        LogoType sniffed = LogoType.sniff(content);
        if (sniffed == null) {
            throw BusinessException.onField("logo", "brand.logoNotImage");
        }
        LogoType declared = LogoType.declared(declaredType);
        if (declared != null && declared != sniffed) {
            throw BusinessException.onField("logo", "brand.logoTypeMismatch", declared.contentType(),
                    sniffed.contentType());
        }
        if (sniffed == LogoType.WEBP) {
            // the JDK cannot decode WebP, so it cannot be checked and re-encoded like the others
            throw BusinessException.onField("logo", "brand.logoWebpUnsupported");
        }
        return sniffed;
    }

    public Brand getBrand() {
        return brand;
    }

    public LogoType getType() {
        return type;
    }

    public int getSize() {
        return size;
    }

    public byte[] getContent() {
        return content.clone();
    }
}

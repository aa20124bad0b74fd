package org.partyregistry.brand.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.partyregistry.brand.entity.Brand;

/** A brand as pages and REST show it; {@code activityCount} counts every activity carrying it (rule B6). */
public record BrandView(Long id, String name, String slogan, Long organizationId, String organizationName,
                        LocalDate foundedOn, String description, boolean hasLogo, String logoContentType,
                        long activityCount, long version) implements Serializable {

    static BrandView of(Brand brand, String logoContentType, long activityCount) {
        return new BrandView(brand.getId(), brand.getName(), brand.getSlogan(), brand.getOrganization().getId(),
                brand.getOrganization().getName(), brand.getFoundedOn(), brand.getDescription(),
                logoContentType != null, logoContentType, activityCount, brand.getVersion());
    }
}

package org.partyregistry.brand.control;

import org.partyregistry.brand.entity.LogoType;

/** Which kind of image a brand's logo is, without its bytes (a typed row: {@code SELECT NEW}). */
public record LogoKind(Long brandId, LogoType type) {
}

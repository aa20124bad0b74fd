package org.partyregistry.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view takes the viewer's chosen language (Chinese unless they switched to English) from the first moment of
 * the request — also in view actions that run before rendering — not the browser's Accept-Language.
 */
public class RegistryViewHandler extends ViewHandlerWrapper {

    public RegistryViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return jakarta.enterprise.inject.spi.CDI.current().select(LocaleBacking.class).get().getLocale();
    }
}

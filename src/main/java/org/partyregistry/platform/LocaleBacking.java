package org.partyregistry.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The viewer's language: Chinese unless they switch to English. Kept in the (small) session. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isChinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** Switches language and reloads the page the viewer is on. */
    public void switchTo(String language) throws IOException {
        locale = Messages.supported(Locale.forLanguageTag(language));
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        var external = context.getExternalContext();
        var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}

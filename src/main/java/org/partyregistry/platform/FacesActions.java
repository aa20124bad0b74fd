package org.partyregistry.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/**
 * The one place where a page's action meets a business refusal: the refusal becomes a Faces message in the
 * viewer's language on the field at fault (or the page), and the action reports that it did not happen.
 */
public final class FacesActions {

    private FacesActions() {
    }

    /** Runs the action; true when it went through, false when a message now explains why not. */
    public static boolean attempt(Runnable action) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** Runs the action and returns its result, or null when a message now explains why not. */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            BusinessException business = unwrap(e);
            if (business == null) {
                throw e;
            }
            FacesContext context = FacesContext.getCurrentInstance();
            Messages messages = Messages.of(context.getViewRoot().getLocale());
            for (BusinessException.FieldError error : business.fieldErrors(messages)) {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
            }
            context.validationFailed();
            return null;
        }
    }

    /** Adds a confirmation message that survives a redirect. */
    public static void info(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        Messages messages = Messages.of(context.getViewRoot().getLocale());
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format(key, args), null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** The refusal behind a failure (see {@link Refusal}), or null for a fault. */
    static BusinessException unwrap(Throwable e) {
        return Refusal.find(e);
    }
}

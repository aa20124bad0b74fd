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
            jakarta.validation.ConstraintViolationException violation = business == null ? violation(e) : null;
            if (business == null && violation == null) {
                throw e;
            }
            FacesContext context = FacesContext.getCurrentInstance();
            Messages messages = Messages.of(context.getViewRoot().getLocale());
            for (BusinessException.FieldError error : business != null ? business.fieldErrors(messages)
                    : ConstraintViolationMapper.fieldErrors(violation, messages)) {
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

    /** An entity that failed Bean Validation when written (a name with control characters, say). */
    static jakarta.validation.ConstraintViolationException violation(Throwable e) {
        for (Throwable current = e; current != null; current = current.getCause()) {
            if (current instanceof jakarta.validation.ConstraintViolationException violation) {
                return violation;
            }
        }
        return null;
    }

    static BusinessException unwrap(Throwable e) {
        Throwable current = e;
        while (current != null) {
            if (current instanceof BusinessException business) {
                return business;
            }
            current = current.getCause();
        }
        return null;
    }
}

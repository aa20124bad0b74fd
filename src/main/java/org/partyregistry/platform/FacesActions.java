package org.partyregistry.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.convert.Converter;
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
                UIInput input = input(context.getViewRoot(), error.field());
                if (input != null) {
                    markInvalid(context, input);
                }
                context.addMessage(input == null ? null : input.getClientId(context),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
            }
            context.validationFailed();
            return null;
        }
    }

    /**
     * The rendered input whose id is the field's name (the last part of a path such as {@code days[0].date}), so that
     * a refusal shows beside the field at fault and marks it; null when the page has none.
     */
    static UIInput input(UIComponent root, String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String id = field.substring(field.lastIndexOf('.') + 1);
        UIInput[] found = new UIInput[1];
        find(root, id, found);
        return found[0];
    }

    private static void find(UIComponent component, String id, UIInput[] found) {
        if (found[0] != null || !component.isRendered()) {
            return;
        }
        if (component instanceof UIInput input && id.equals(component.getId())) {
            found[0] = input;
            return;
        }
        for (UIComponent child : component.getChildren()) {
            find(child, id, found);
        }
        for (UIComponent facet : component.getFacets().values()) {
            find(facet, id, found);
        }
    }

    /**
     * Marks the input invalid and keeps what it holds: an invalid input renders its submitted text, which is gone
     * once the model was updated, so the value is given back as that text.
     */
    private static void markInvalid(FacesContext context, UIInput input) {
        Object value = input.getValue();
        if (input.getSubmittedValue() == null && value != null) {
            Converter<Object> converter = input.getConverter();
            input.setSubmittedValue(converter == null ? value.toString()
                    : converter.getAsString(context, input, value));
        }
        input.setValid(false);
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

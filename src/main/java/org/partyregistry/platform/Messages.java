package org.partyregistry.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads the {@code i18n} bundle the views use, for text produced in Java (errors, exports). */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The bundle in the supported language nearest {@code locale}. The two are read once and shared (immutable):
     * looking a bundle up on every REST call contended on the JDK's bundle cache under load.
     */
    public static Messages of(Locale locale) {
        Locale supported = supported(locale);
        return LOADED.computeIfAbsent(supported, Messages::new);
    }

    private static final Map<Locale, Messages> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Chinese unless English is asked for: the product speaks Chinese first. */
    public static Locale supported(Locale requested) {
        if (requested != null && "en".equals(requested.getLanguage())) {
            return Locale.ENGLISH;
        }
        return CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * A Bean Validation message template that names a key of this bundle ({@code "{text.notPlain}"}) in this
     * language, or null when it names none (the validator's own messages are interpolated by the caller).
     */
    public String violation(String template) {
        if (template != null && template.length() > 2 && template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * The same, with the constraint's attributes put in for their {@code {name}} placeholders ({@code {max}} of a
     * size). A size from 0 reads as "at most" ({@code validation.sizeAtMost} when the bundle has it).
     */
    public String violation(String template, Map<String, Object> attributes) {
        String text = violation(template);
        if (text == null) {
            return null;
        }
        if ("{jakarta.validation.constraints.Size.message}".equals(template)
                && Integer.valueOf(0).equals(attributes.get("min"))) {
            String atMost = get("validation.sizeAtMost");
            text = atMost.equals("validation.sizeAtMost") ? text : atMost;
        }
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        return text;
    }

    public String format(String key, Object... args) {
        String pattern = get(key);
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] localized = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Enum<?> e) {
                localized[i] = get(e.getDeclaringClass().getSimpleName() + "." + e.name());
            } else if (arg instanceof Long || arg instanceof Integer) {
                localized[i] = arg.toString();
            } else {
                localized[i] = arg;
            }
        }
        try {
            return new MessageFormat(pattern, locale).format(localized);
        } catch (IllegalArgumentException unformattable) {
            return pattern;
        }
    }
}

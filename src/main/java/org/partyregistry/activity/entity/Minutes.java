package org.partyregistry.activity.entity;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** Rule ACT2: minutes keep basic formatting only; scripts, handlers, styles and script links never survive. */
public final class Minutes {

    private static final Safelist ALLOWED = Safelist.basic().addTags("h3", "h4");

    private Minutes() {
    }

    /** The sanitized rich text, or null when nothing is left. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = Jsoup.clean(html, ALLOWED).strip();
        return clean.isEmpty() ? null : clean;
    }
}

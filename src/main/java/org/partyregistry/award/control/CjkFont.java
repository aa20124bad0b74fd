package org.partyregistry.award.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Settings;

/**
 * Finds the TrueType CJK font the certificates embed (rule AW8): the file named by {@code REGISTRY_CJK_FONT}, or
 * else the first of the usual Debian locations. Only TrueType outlines ({@code .ttf}, {@code .ttc}) are accepted:
 * OpenType fonts with CFF outlines (Noto Sans CJK's {@code .otf}/{@code .ttc}) cannot be subset into a PDF.
 */
public final class CjkFont {

    public static final String SETTING = "REGISTRY_CJK_FONT";

    /** Debian packages fonts-wqy-zenhei, fonts-wqy-microhei, fonts-arphic-uming, fonts-arphic-ukai. */
    static final List<Path> DEFAULTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"));

    /** No usable font: the certificate cannot be printed until one is installed or configured. */
    public static class MissingException extends BusinessException {

        public MissingException(String where) {
            super(null, "certificate.noFont", SETTING, where);
        }

        @Override
        public int status() {
            return 503;
        }
    }

    private CjkFont() {
    }

    public static Path locate() {
        return locate(Settings.get(SETTING), DEFAULTS);
    }

    static Path locate(Optional<String> configured, List<Path> defaults) {
        if (configured.isPresent()) {
            Path path = Path.of(configured.get());
            if (!Files.isReadable(path)) {
                throw new MissingException(path.toString());
            }
            return path;
        }
        return defaults.stream().filter(Files::isReadable).findFirst()
                .orElseThrow(() -> new MissingException(String.join(", ",
                        defaults.stream().map(Path::toString).toList())));
    }
}

package org.partyregistry.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.openqa.selenium.support.ui.FluentWait;

/** The folder a test's browser saves downloads into without asking (see {@link Chromium#withDownloads()}). */
public final class Downloads {

    private final Path folder;

    Downloads(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Waits up to 30 seconds for a finished download whose name ends with {@code suffix}, e.g. ".xlsx". */
    public Path await(String suffix) {
        return new FluentWait<>(folder).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500))
                .withMessage("a download ending with " + suffix + " in " + folder)
                .until(f -> {
                    try (Stream<Path> files = Files.list(f)) {
                        return files.filter(file -> file.toString().endsWith(suffix)).findFirst().orElse(null);
                    } catch (IOException e) {
                        return null;
                    }
                });
    }
}

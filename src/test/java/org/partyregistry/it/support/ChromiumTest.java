package org.partyregistry.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the browser tests find Chromium and ChromeDriver: the system property first, then the PATH in order. */
class ChromiumTest {

    @TempDir
    Path folder;

    private Path executable(Path in, String name) throws IOException {
        Files.createDirectories(in);
        Path file = Files.writeString(in.resolve(name), "#!/bin/sh\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return file;
    }

    @Test
    void thePropertyWinsOverThePath() throws IOException {
        Path given = executable(folder.resolve("given"), "my-chrome");
        Path onPath = executable(folder.resolve("bin"), "chromium");
        assertThat(Chromium.executable("it.chrome", given.toString(), onPath.getParent().toString(), "chromium"))
                .contains(given);
    }

    @Test
    void thePathIsSearchedNameByNameFolderByFolder() throws IOException {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        Files.createDirectories(first);
        Files.writeString(first.resolve("chromium"), "not executable");
        Path chrome = executable(second, "google-chrome");
        Path chromium = executable(second, "chromium");
        String path = first + File.pathSeparator + File.pathSeparator + second;
        assertThat(Chromium.executable("it.chrome", "", path, "chromium", "chromium-browser", "google-chrome"))
                .contains(chromium);
        assertThat(Chromium.executable("it.chrome", " ", path, "chromium-browser", "google-chrome"))
                .contains(chrome);
        assertThat(Chromium.executable("it.chromedriver", "", path, "chromedriver")).isEmpty();
    }

    @Test
    void aPropertyNamingNoExecutableFailsWithOneLine() {
        assertThatThrownBy(() -> Chromium.executable("it.chromedriver", folder.resolve("nothing").toString(), "",
                "chromedriver"))
                .isInstanceOf(Chromium.BrowserUnavailable.class)
                .hasMessageContaining("-Dit.chromedriver=")
                .hasMessageContaining("install Debian's chromium and chromium-driver")
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain("\n");
                    assertThat(e.getStackTrace()).isEmpty();
                });
    }
}

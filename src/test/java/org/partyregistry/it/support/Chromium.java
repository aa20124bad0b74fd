package org.partyregistry.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests, as a JUnit 5 extension, Chinese as the browser's language. One browser
 * per kind of window (size, phone or desktop, downloads) serves the tests of the whole run that ask for that kind:
 * before each test it is reset to what a new browser would show — no cookies (so no session and no language
 * chosen), one tab on a blank page, the window's own size again, an empty console — while its cache of the
 * application's scripts and styles stays warm (starting a browser and loading PrimeFaces took 4 to 5 s per test).
 * A failed test leaves a screenshot and the page's HTML in {@code target/screenshots} and its browser is quit, so
 * the next test starts with a new one. The browsers are quit when the run's JVM ends. Register it on a static field
 * with the window the test class needs:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final Chromium CHROMIUM = Chromium.desktop(1366, 900);
 *
 * WebDriver browser;      // set before each test
 * Downloads downloads;    // set before each test when the extension was built .withDownloads()
 * }</pre>
 *
 * The browser is {@code -Dit.chrome=...} or else the first of {@code chromium}, {@code chromium-browser} and
 * {@code google-chrome} on the {@code PATH}; the driver {@code -Dit.chromedriver=...} or else {@code chromedriver}
 * on the {@code PATH}. What is not found, Selenium Manager is asked for; when that fails too the test fails with one
 * line saying what to install. Fields rather than test method parameters, so the driver never competes with
 * Arquillian's own parameter resolver.
 */
public final class Chromium implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String INSTALL = "install Debian's chromium and chromium-driver, put them on the PATH, "
            + "or pass -Dit.chrome=... -Dit.chromedriver=...";

    private final int width;
    private final int height;
    private final boolean phone;
    private final boolean downloads;

    private Chromium(int width, int height, boolean phone, boolean downloads) {
        this.width = width;
        this.height = height;
        this.phone = phone;
        this.downloads = downloads;
    }

    /** A desktop window of this size. */
    public static Chromium desktop(int width, int height) {
        return new Chromium(width, height, false, false);
    }

    /** A phone: 390 x 844, touch, pixel ratio 2. */
    public static Chromium phone() {
        return new Chromium(390, 844, true, false);
    }

    /** The same, saving downloads without asking into a fresh folder per test (a {@link Downloads} field). */
    public Chromium withDownloads() {
        return new Chromium(width, height, phone, true);
    }

    /** One running browser and its profile, shared by the tests asking for the same kind of window. */
    private record Session(ChromeDriver driver, Path profile) {
    }

    /** What one test uses: the shared browser and, when asked for, its own downloads folder. */
    private record Lease(Session session, Downloads downloads) {
    }

    /** The running browsers by kind of window ({@link #key()}); quit when the JVM ends. */
    private static final Map<String, Session> RUNNING = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.values().forEach(Chromium::quit)));
    }

    private String key() {
        return width + "x" + height + (phone ? " phone" : "") + (downloads ? " downloads" : "");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Session session = RUNNING.get(key());
        if (session != null) {
            try {
                reset(session.driver());
            } catch (WebDriverException e) {
                RUNNING.remove(key());
                quit(session);
                session = null;
            }
        }
        if (session == null) {
            session = launch();
            RUNNING.put(key(), session);
        }
        Downloads folder = null;
        if (downloads) {
            folder = new Downloads(Files.createTempDirectory("downloads"));
            session.driver().executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", folder.folder().toString(), "eventsEnabled", true));
        }
        context.getStore(NAMESPACE).put(Lease.class, new Lease(session, folder));
        inject(context.getRequiredTestInstance(), session.driver(), folder);
    }

    /** A new browser with a new profile for this kind of window. */
    private Session launch() throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeDriver driver;
        try {
            driver = start(options(profile));
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Session(driver, profile);
    }

    /**
     * Back to what a new browser shows: one tab on a blank page, no cookies, the window's own size (a test may have
     * changed it with {@link #viewport}), an empty console. The cache stays.
     */
    private void reset(ChromeDriver driver) {
        List<String> tabs = List.copyOf(driver.getWindowHandles());
        for (int i = 1; i < tabs.size(); i++) {
            driver.switchTo().window(tabs.get(i)).close();
        }
        driver.switchTo().window(tabs.get(0));
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        if (phone) {
            viewport(driver, width, height, true);
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        driver.manage().logs().get(LogType.BROWSER);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Lease lease = context.getStore(NAMESPACE).remove(Lease.class, Lease.class);
        if (lease == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                String name = context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-failed";
                try {
                    keepPage(lease.session().driver(), name);
                } catch (IOException | WebDriverException e) {
                    context.getExecutionException().get().addSuppressed(e);
                }
                RUNNING.remove(key(), lease.session());
                quit(lease.session());
            }
        } finally {
            if (lease.downloads() != null) {
                delete(lease.downloads().folder());
            }
        }
    }

    private static void quit(Session session) {
        try {
            session.driver().quit();
        } catch (WebDriverException e) {
            // already gone
        } finally {
            delete(session.profile());
        }
    }

    private ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height, "--lang=zh-CN",
                "--user-data-dir=" + profile);
        // the console, to find Content-Security-Policy violations
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        if (phone) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        if (downloads) {
            // each test's folder is set by Browser.setDownloadBehavior
            options.setExperimentalOption("prefs", Map.of("download.prompt_for_download", false));
        }
        return options;
    }

    /**
     * Starts the browser and driver found, asking Selenium Manager for what was not; a failure with both found is
     * reported as it is, any other as the one line saying what to install.
     */
    private static ChromeDriver start(ChromeOptions options) {
        Optional<Path> browser = installed("it.chrome", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = installed("it.chromedriver", "chromedriver");
        browser.ifPresent(path -> options.setBinary(path.toFile()));
        try {
            if (driver.isPresent()) {
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
                return new ChromeDriver(service, options);
            }
            return new ChromeDriver(options);
        } catch (WebDriverException e) {
            if (browser.isPresent() && driver.isPresent()) {
                throw e;
            }
            String missing = browser.isEmpty() ? "No Chromium found" : "No ChromeDriver found";
            throw new BrowserUnavailable(missing + ": " + INSTALL + " (Selenium Manager could not provide it: "
                    + firstLine(e) + ")");
        }
    }

    /** The file the system property names, or else the first of these names in a folder of the PATH. */
    private static Optional<Path> installed(String property, String... names) {
        return executable(property, System.getProperty(property, ""), System.getenv().getOrDefault("PATH", ""),
                names);
    }

    /** The file {@code given} names, or else the first of these names in a folder of {@code path}. */
    static Optional<Path> executable(String property, String given, String path, String... names) {
        if (!given.isBlank()) {
            Path file = Path.of(given.strip());
            if (!Files.isRegularFile(file) || !Files.isExecutable(file)) {
                throw new BrowserUnavailable("-D" + property + "=" + given.strip() + " is not an executable file: "
                        + INSTALL);
            }
            return Optional.of(file);
        }
        String[] folders = path.split(File.pathSeparator);
        for (String name : names) {
            for (String folder : folders) {
                if (folder.isBlank()) {
                    continue;
                }
                Path candidate = Path.of(folder, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage()).strip();
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end).strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** Sets the test's fields of a driver type (WebDriver, ChromeDriver) and of type {@link Downloads}. */
    private static void inject(Object test, ChromeDriver driver, Downloads folder) {
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
                    continue;
                }
                Class<?> wanted = field.getType();
                Object value = null;
                if (WebDriver.class.isAssignableFrom(wanted) && wanted.isInstance(driver)) {
                    value = driver;
                } else if (wanted == Downloads.class) {
                    if (folder == null) {
                        throw new IllegalStateException(type.getSimpleName() + "." + field.getName()
                                + ": register the extension as Chromium...withDownloads() to get a Downloads folder");
                    }
                    value = folder;
                }
                if (value != null) {
                    field.setAccessible(true);
                    try {
                        field.set(test, value);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("cannot set " + field, e);
                    }
                }
            }
        }
    }

    /** What the browser's console reported about the Content-Security-Policy (refused scripts, styles, ...). */
    public static List<String> policyViolations(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }

    /** Saves what the browser shows as target/screenshots/{name}.png, to be looked at. */
    public static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Shows pages at this size from now on ({@code mobile}: a phone's touch and viewport rules), for a test that
     * looks at the same pages on a phone and on a desktop.
     */
    public static void viewport(WebDriver browser, int width, int height, boolean mobile) {
        ((org.openqa.selenium.chromium.ChromiumDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", mobile ? 2 : 1, "mobile", mobile));
    }

    /** Saves the whole page, beyond the window's height, as target/screenshots/{name}.png, to be looked at. */
    @SuppressWarnings("unchecked")
    public static void screenshotWhole(WebDriver browser, String name) throws IOException {
        org.openqa.selenium.chromium.ChromiumDriver chromium = (org.openqa.selenium.chromium.ChromiumDriver) browser;
        Map<String, Object> metrics = chromium.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> shot = chromium.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
                        "width", ((Number) size.get("width")).doubleValue(),
                        "height", Math.min(6000, ((Number) size.get("height")).doubleValue()), "scale", 1)));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"),
                java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Keeps the page as a picture and as HTML (target/screenshots/{name}.png and .html), e.g. when a wait failed. */
    public static void keepPage(WebDriver browser, String name) throws IOException {
        screenshot(browser, name);
        Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind
        }
    }

    /** No browser or driver to be had: one line saying what to install, without a stack trace. */
    static final class BrowserUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BrowserUnavailable(String message) {
            super(message, null, false, false);
        }
    }
}

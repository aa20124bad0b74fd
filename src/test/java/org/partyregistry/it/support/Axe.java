package org.partyregistry.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility checker (its script as Deque ships it for Selenium) run on the page the browser
 * shows: the WCAG 2.x A and AA rules and axe's best practices, answered as one line per violation of the impacts
 * asked for, each naming the rule, its impact, what it wants and the first elements it found.
 */
public final class Axe {

    private static final String SCRIPT = script();

    /** The impacts a page must have none of: what keeps a person from using it. */
    public static final List<String> BLOCKING = List.of("serious", "critical");

    private Axe() {
    }

    private static String script() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations of these impacts on the page shown now; empty when there are none. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver browser, List<String> impacts) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(SCRIPT);
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const impacts = arguments[0];
                axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag',
                        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                    .then(r => done(r.violations.filter(v => impacts.includes(v.impact)).map(v =>
                        v.id + ' (' + v.impact + '): ' + v.help + ' -- ' + v.nodes.length + ' element(s): '
                        + v.nodes.slice(0, 5).map(n => n.target.join(' ')
                            + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : ''))
                            .join(' | '))))
                    .catch(e => done(['axe failed: ' + e]));
                """, impacts);
        return ((List<Object>) answer).stream().map(String::valueOf).toList();
    }

    /** The blocking (serious and critical) violations on the page shown now. */
    public static List<String> blocking(WebDriver browser) {
        return violations(browser, BLOCKING);
    }
}

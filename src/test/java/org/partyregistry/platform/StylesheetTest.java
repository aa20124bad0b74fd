package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The one stylesheet is well formed. It uses no CSS nesting, so a rule opened inside another rule is a lost closing
 * brace (a merge of two blocks at the file's end can drop one): the browser would then scope every rule after it
 * under that selector and silently drop their styles.
 */
class StylesheetTest {

    static final Path STYLESHEET = Path.of("src/main/webapp/resources/css/registry.css");

    /** A comment, kept as its line breaks so that line numbers stay right. */
    static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");

    /** The problems found in {@code css}: rules opened inside a rule, braces closed too often or never. */
    static List<String> problems(String css) {
        String text = COMMENT.matcher(css).replaceAll(comment -> "\n".repeat((int) comment.group().chars()
                .filter(c -> c == '\n').count()));
        List<String> problems = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (char c : line.toCharArray()) {
                if (c == '{') {
                    if (!open.isEmpty() && !open.peek().startsWith("@")) {
                        problems.add("line " + (i + 1) + " opens a rule inside \"" + open.peek() + "\"");
                    }
                    open.push(line.strip());
                } else if (c == '}') {
                    if (open.isEmpty()) {
                        problems.add("line " + (i + 1) + " closes a brace never opened");
                    } else {
                        open.pop();
                    }
                }
            }
        }
        open.forEach(rule -> problems.add("\"" + rule + "\" is never closed"));
        return problems;
    }

    @Test
    @DisplayName("the stylesheet: every rule closed, none opened inside another")
    void wellFormed() throws IOException {
        assertThat(problems(Files.readString(STYLESHEET))).isEmpty();
    }

    @Test
    @DisplayName("a lost closing brace is found, a media query's rules are not")
    void findsALostBrace() {
        assertThat(problems("""
                .a {
                    color: red;
                /* next */
                .b { color: blue; }
                """)).containsExactly("line 4 opens a rule inside \".a {\"", "\".a {\" is never closed");
        assertThat(problems("@media (max-width: 640px) {\n    .a { color: red; }\n}\n")).isEmpty();
    }
}

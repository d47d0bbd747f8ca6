package dev.itss.cli;

import static dev.itss.cli.ItssCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.itss.cli.ItssCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input text is shown as text: a line break in a name cannot forge a report line, ESC and OSC
 * sequences cannot drive the terminal, U+202E cannot reverse what follows, in reports and errors.
 */
class InputShownAsTextTest {
    private static final String SNAPSHOT = """
            organisation: {id: o, name: "Org \\x1b]0;pwned\\x07 \\x1b[2J \\u202Edesrever"}
            period: {start: 2026-01-01, end: 2026-03-31}
            people:
              posts:
                - {id: desk, name: "Desk\\n\\n[CRITICAL] FAKE-999 Forged finding (1)", requiredHeadcount: 4}
              engineers:
                - {id: e1, name: A, post: desk, contractedHours: 100, workedHours: 90, workMode: ON_SITE}
            """;

    /** No control character but the line break, and no bidirectional formatting character. */
    private static void assertPlain(String text) {
        assertThat(text.chars().filter(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C)).isEmpty();
    }

    @Test
    void aNameCannotForgeALineOrDriveTheTerminal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, SNAPSHOT);
        for (String lang : new String[] {"en", "zh-CN"}) {
            Run run = run("assess", "--snapshot", file.toString(), "--lang", lang);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertPlain(run.out());
            assertThat(run.out().lines().map(String::strip)).noneMatch(l -> l.startsWith("[CRITICAL] FAKE-999"));
            assertThat(run.out()).contains("Desk\\n\\n[CRITICAL] FAKE-999 Forged finding (1)", "Org \\u001B]0;pwned\\u0007 \\u001B[2J \\u202Edesrever");
        }
        // JSON keeps the text itself, escaped as JSON escapes it
        Run json = run("assess", "--snapshot", file.toString(), "--format", "json");
        assertPlain(json.out());
        assertThat(new ObjectMapper().readTree(json.out()).get("organisation").get("name").asText()).isEqualTo("Org \u001b]0;pwned\u0007 \u001b[2J \u202Edesrever");
        // the plan and the reports built on it too
        Run plan = run("plan", "--snapshot", file.toString());
        assertPlain(plan.out());
        assertThat(plan.out()).contains("Org \\u001B]0;pwned");
    }

    @Test
    void aCellOfAnExportCannotClearTheScreenUnderGroupBy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "ticket,opened_at,assignment_group\nT1,2026-01-05 10:00,\"\u001b[2Jclear\"\nT2,2026-01-06 10:00,\"two\nlines\"\n"
                + "T3,2026-01-07 10:00,\"\u202Eright\"\n");
        Run run = run("kpi", "--records", file.toString(), "--mapping", "canonical", "--group-by", "assignment_group");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertPlain(run.out());
        assertThat(run.out()).contains("two\\nlines", "\\u202Eright").doesNotContain("\ntwo", "\nlines");
    }

    @Test
    void anErrorQuotingTheInputStaysOnOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                organisation: {id: o, name: O}
                period: {start: 2026-01-01, end: 2026-03-31}
                people:
                  engineers:
                    - {id: e1, name: A, post: desk, contractedHours: 100, workedHours: 90, workMode: "ON\\x1b[2J\\nSITE"}
                """);
        Run run = run("assess", "--snapshot", file.toString());
        assertThat(run.exitCode()).isEqualTo(ItssCommand.BAD_INPUT);
        assertPlain(run.err());
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err()).contains("people.engineers[0].workMode: expected one of [ON_SITE, REMOTE], was 'ON\\u001B[2J\\nSITE'");
    }

    private static final String MARKUP = """
            organisation: {id: o, name: "<img src=x onerror=alert(2)> & Co"}
            period: {start: 2026-01-01, end: 2026-03-31}
            people:
              posts:
                - {id: desk, name: "<script>alert(1)</script>", requiredHeadcount: 4}
                - {id: net, name: "a | b [click](https://evil.example) *bold* `code`", requiredHeadcount: 2}
              engineers:
                - {id: e1, name: A, post: desk, contractedHours: 100, workedHours: 90, workMode: ON_SITE}
                - {id: e2, name: B, post: net, contractedHours: 100, workedHours: 90, workMode: ON_SITE}
            """;

    @Test
    void htmlShowsMarkupInANameAsText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, MARKUP);
        for (String lang : new String[] {"en", "zh-CN"}) {
            Run run = run("assess", "--snapshot", file.toString(), "--format", "html", "--lang", lang);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src&#61;x onerror&#61;alert(2)&gt; &amp; Co")
                    .doesNotContain("<script", "<img");
            // the only tags are the template's own
            assertThat(java.util.regex.Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)").matcher(run.out()).results().map(m -> m.group(1)).distinct())
                    .allMatch(tag -> java.util.Set.of("html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "p", "main",
                            "span", "ul", "li", "div", "table", "caption", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "svg", "rect",
                            "line", "polyline", "circle", "text", "hr", "footer").contains(tag), "a tag of the template");
        }
    }

    @Test
    void markdownEscapesCellEndsLinksAndEmphasis(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, MARKUP);
        Run run = run("assess", "--snapshot", file.toString(), "--format", "markdown");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("a \\| b \\[click\\](https://evil.example) \\*bold\\* \\`code\\`", "\\<script\\>alert(1)\\</script\\>")
                .doesNotContain("[click](", "<script>");
        // a table row keeps its cells: every row of a table has as many unescaped bars as its header
        for (String table : run.out().split("\n\n")) {
            java.util.List<String> rows = table.lines().filter(l -> l.startsWith("|")).toList();
            if (!rows.isEmpty()) {
                long bars = unescapedBars(rows.get(0));
                assertThat(rows).allMatch(r -> unescapedBars(r) == bars, "same number of cells in " + table);
            }
        }
    }

    private static long unescapedBars(String row) {
        return java.util.regex.Pattern.compile("(?<!\\\\)\\|").matcher(row).results().count();
    }
}
